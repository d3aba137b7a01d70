using System.Globalization;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Export;

/// <summary>
/// Downloads: the deals list under the filter and sort of its URL (the same query string the list page keeps), as
/// CSV or .xlsx, and the whole database as JSON. Each streams its rows into the response as they are read.
/// </summary>
public static class ExportEndpoints
{
    public const string DealsCsv = "/export/deals.csv";
    public const string DealsXlsx = "/export/deals.xlsx";
    public const string DatabaseJson = "/export/database.json";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DealsCsv, async (HttpContext http, DealExporter exporter, TimeProvider clock) =>
        {
            var (filter, request) = DealListUrl.Parse(RequestUri(http));
            Attach(http, clock, "text/csv; charset=utf-8", "csv");
            await exporter.WriteCsvAsync(filter, request, http.Response.Body, http.RequestAborted);
        });
        app.MapGet(DealsXlsx, async (HttpContext http, DealExporter exporter, TimeProvider clock) =>
        {
            var (filter, request) = DealListUrl.Parse(RequestUri(http));
            Attach(http, clock, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
            await exporter.WriteXlsxAsync(filter, request, http.Response.Body, http.RequestAborted);
        });
        app.MapGet(DatabaseJson, async (HttpContext http, DatabaseExporter exporter, TimeProvider clock) =>
        {
            Attach(http, clock, "application/json", "json", "partnertracker-database");
            await exporter.WriteJsonAsync(http.Response.Body, http.RequestAborted);
        });
        return app;
    }

    private static string RequestUri(HttpContext http) => $"http://localhost{http.Request.Path}{http.Request.QueryString}";

    private static void Attach(HttpContext http, TimeProvider clock, string contentType, string extension, string name = "deals")
    {
        var today = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{today}.{extension}\"";
    }
}
