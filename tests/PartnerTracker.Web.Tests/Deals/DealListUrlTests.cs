using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class DealListUrlTests
{
    private const string Base = "http://127.0.0.1/deals";

    [Fact]
    public void A_bookmarked_url_restores_filter_sort_and_page()
    {
        var (filter, request) = DealListUrl.Parse(
            Base + "?q=arm&kind=JointVenture&kind=Investment&stage=announced&verification=Confirmed&country=gb&sector=Semiconductors"
            + "&company=7&from=2025-01-01&to=2025-06-30&min=1000000&max=5e11&sort=ValueUsd&desc=true&page=2&size=50");

        Assert.Equal("arm", filter.Text);
        Assert.Equal([DealKind.JointVenture, DealKind.Investment], filter.Kinds);
        Assert.Equal([DealStage.Announced], filter.Stages);
        Assert.Equal([Verification.Confirmed], filter.Verifications);
        Assert.Equal(("GB", "Semiconductors", 7), (filter.CountryCode, filter.Sector, filter.CompanyId));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (filter.AnnouncedFrom, filter.AnnouncedTo));
        Assert.Equal(1_000_000m, filter.MinValueUsd);
        Assert.Null(filter.MaxValueUsd);
        Assert.Equal(new ListRequest(1, 50, "ValueUsd", true), request); // page=2 is the second page: the address counts from one
    }

    [Theory]
    [InlineData("kind=Bogus")]
    [InlineData("kind=3")]
    [InlineData("stage=<script>")]
    [InlineData("country=USA")]
    [InlineData("country=1%3B")]
    [InlineData("company=-1")]
    [InlineData("company=x")]
    [InlineData("from=04/02/2025")]
    [InlineData("min=-5")]
    [InlineData("page=-3")]
    [InlineData("max=1e30")]
    [InlineData("min=79228162514264337593543950335")]
    [InlineData("period=2025-Q5")]
    [InlineData("period=Q1")]
    [InlineData("period=25")]
    [InlineData("changed=undated")]
    [InlineData("disclosed=maybe")]
    public void Forged_values_are_dropped_not_passed_on(string query)
    {
        var (filter, request) = DealListUrl.Parse($"{Base}?{query}");

        Assert.Equal(DealListUrl.FilterKey(DealFilter.None), DealListUrl.FilterKey(filter));
        Assert.Equal(0, request.PageIndex);
    }

    [Fact]
    public void A_dashboard_drill_down_link_round_trips_through_the_url()
    {
        var filter = new DealFilter
        {
            Kinds = [DealKind.JointVenture],
            AnnouncedIn = Period.YearOnly(2025),
            ChangedIn = Period.InQuarter(2025, 2),
            ValueDisclosed = false,
        };

        var href = DealListUrl.Href(filter);

        Assert.Equal("/deals?kind=JointVenture&period=2025&changed=2025-Q2&disclosed=false", href);
        var parsed = DealListUrl.Parse("http://127.0.0.1" + href).Filter;
        Assert.Equal(DealListUrl.FilterKey(filter), DealListUrl.FilterKey(parsed));
        Assert.Equal(Period.Undated, DealListUrl.Parse($"{Base}?period=undated").Filter.AnnouncedIn);
        Assert.Equal("/deals", DealListUrl.Href(DealFilter.None));
    }

    [Fact]
    public void Page_size_in_the_url_is_capped() =>
        Assert.Equal(ListRequest.MaxPageSize, DealListUrl.Parse($"{Base}?size=100000").Request.Take);

    [Fact]
    public void A_huge_page_number_never_overflows_into_a_negative_offset() =>
        Assert.True(DealListUrl.Parse($"{Base}?page=99999999").Request.Skip >= 0);

    [Fact]
    public void State_round_trips_through_the_url()
    {
        var filter = new DealFilter { Text = "50% of Kakao", Kinds = [DealKind.Supply], CompanyId = 3, AnnouncedTo = new DateOnly(2024, 12, 31), MaxValueUsd = 2.5m };
        var request = new ListRequest(1, 10, "AnnouncedOnStart", true);
        var query = string.Join("&", DealListUrl.ToQuery(filter, request)
            .SelectMany(p => p.Value is string[] many ? many.Select(v => (p.Key, Value: (string?)v)) : [(p.Key, Value: p.Value as string)])
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

        var (parsedFilter, parsedRequest) = DealListUrl.Parse($"{Base}?{query}");

        Assert.Equal(DealListUrl.FilterKey(filter), DealListUrl.FilterKey(parsedFilter));
        Assert.Equal(request, parsedRequest);
    }
}
