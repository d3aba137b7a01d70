using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's widgets as HTML, rendered once per set of figures and shared by every circuit that shows them.
/// A circuit keeps each component it renders alive, with two render-tree buffers apiece, for as long as the page is
/// open: drawn in every circuit the widgets were about 1,100 components and 6 MB per open dashboard. The figures are
/// already shared (<see cref="DashboardCache"/>); their markup now is too, kept beside them, and goes when they go.
/// </summary>
public sealed class DashboardMarkup(IServiceScopeFactory scopes, ILoggerFactory logs)
{
    // Keyed weakly by the figures object: no entry outlives the cache entry that holds the figures. The filter is
    // part of the value because the links in the markup carry it.
    private readonly ConditionalWeakTable<DashboardData, Drawn> kept = [];

    private sealed record Drawn(string FilterKey, Task<string> Html);

    public async Task<string> GetAsync(DashboardData data, DealFilter filter)
    {
        var filterKey = DealListUrl.FilterKey(filter);
        if (kept.TryGetValue(data, out var drawn) && drawn.FilterKey == filterKey)
        {
            return await drawn.Html;
        }

        drawn = new Drawn(filterKey, RenderAsync(data, filter));
        kept.AddOrUpdate(data, drawn);
        try
        {
            return await drawn.Html;
        }
        catch
        {
            // A failed drawing is not kept: the next visitor tries again.
            kept.Remove(data);
            throw;
        }
    }

    private async Task<string> RenderAsync(DashboardData data, DealFilter filter)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(DashboardFigures.Data)] = data,
                [nameof(DashboardFigures.Filter)] = filter,
            });
            var root = await renderer.RenderComponentAsync<DashboardFigures>(parameters);
            return root.ToHtmlString();
        });
    }
}
