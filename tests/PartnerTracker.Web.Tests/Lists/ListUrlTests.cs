using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Domain;
using PartnerTracker.Web.Components.Pages.Deals;
using PartnerTracker.Web.Components.Pages.Timelines;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Lists;

/// <summary>
/// A list's state to its address and back. Every list maps its page, size, sort and search through <see cref="ListUrl"/>:
/// the plain lists with its keys as they are, a record's History tab and the network's links table with a prefix,
/// the deals list and What changed beside filters of their own.
/// </summary>
public sealed class ListUrlTests
{
    private const string Base = "http://127.0.0.1/list";

    public static TheoryData<string> Prefixes => ["", "history-", "links-"];

    public static TheoryData<int, int, string?, bool, string?> Requests => new()
    {
        { 0, ListRequest.DefaultPageSize, null, false, null },
        { 1, ListRequest.DefaultPageSize, null, false, null },
        { 2, 10, "Name", true, "open ai" },
        { 399, ListRequest.MaxPageSize, "AnnouncedOnStart", false, null },
        { int.MaxValue - 1, 50, null, false, "x" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_request_round_trips_through_the_address_with_and_without_a_prefix(int page, int size, string? sort, bool descending, string? search)
    {
        var request = new ListRequest(page, size, sort, descending) { Search = search };

        foreach (var prefix in new[] { "", "history-", "links-" })
        {
            Assert.Equal(request, ListUrl.Parse(Address(ListUrl.ToQuery(request, prefix)), prefix));
        }
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "2")]
    [InlineData(2, "3")]
    public void The_address_counts_pages_from_one_as_the_caption_does(int pageIndex, string? page)
    {
        Assert.Equal(page, ListUrl.ToQuery(new ListRequest(pageIndex))["page"]);
        Assert.Equal(pageIndex, ListUrl.Parse($"{Base}?page={page ?? "1"}").PageIndex);
    }

    [Theory]
    [InlineData("page=0", 0)]
    [InlineData("page=1", 0)]
    [InlineData("page=-1", 0)]
    [InlineData("page=-99999999999", 0)]
    [InlineData("page=%2B3", 0)]
    [InlineData("page=3.0", 0)]
    [InlineData("page=three", 0)]
    [InlineData("page=", 0)]
    [InlineData("page=%20", 0)]
    [InlineData("page=2147483648", int.MaxValue)]
    [InlineData("page=99999999999999999999999999", int.MaxValue)]
    [InlineData("page=2&page=5", 4)]
    public void Page_zero_negative_malformed_and_huge_numbers_are_read_safely(string query, int pageIndex)
    {
        var request = ListUrl.Parse($"{Base}?{query}");

        Assert.Equal(pageIndex, request.PageIndex);
        Assert.InRange(request.Skip, 0, int.MaxValue);
    }

    [Theory]
    [InlineData("size=0", ListRequest.DefaultPageSize)]
    [InlineData("size=-5", ListRequest.DefaultPageSize)]
    [InlineData("size=100000", ListRequest.MaxPageSize)]
    [InlineData("size=ten", ListRequest.DefaultPageSize)]
    [InlineData("size=50", 50)]
    public void Page_sizes_are_kept_within_what_a_page_may_ask(string query, int take) =>
        Assert.Equal(take, ListUrl.Parse($"{Base}?{query}").Take);

    [Fact]
    public void Defaults_leave_the_address_short()
    {
        Assert.All(ListUrl.ToQuery(new ListRequest()).Values, Assert.Null);
        Assert.Equal(Base, Address(ListUrl.ToQuery(new ListRequest())));
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Lists_sharing_a_page_keep_apart_in_its_address(string prefix)
    {
        var address = $"{Base}?page=3&sort=Name&history-page=2&history-size=10&links-page=7&links-desc=true";

        var request = ListUrl.Parse(address, prefix);

        var expected = prefix switch
        {
            "history-" => new ListRequest(1, 10),
            "links-" => new ListRequest(6, ListRequest.DefaultPageSize, null, true),
            _ => new ListRequest(2, ListRequest.DefaultPageSize, "Name"),
        };
        Assert.Equal(expected, request);
        Assert.All(ListUrl.ToQuery(request, prefix).Keys, key => Assert.StartsWith(prefix, key, StringComparison.Ordinal));
        Assert.Equal(prefix + "page", ListUrl.PageKey(prefix));
    }

    [Fact]
    public void A_list_without_a_search_box_leaves_q_to_its_page()
    {
        Assert.DoesNotContain("q", ListUrl.ToQuery(new ListRequest { Search = "kakao" }, search: false).Keys);
        Assert.Equal("kakao", ListUrl.ToQuery(new ListRequest { Search = "kakao" })["q"]);
    }

    [Fact]
    public void The_deals_list_round_trips_its_filter_beside_its_page()
    {
        var filter = DealFilter.None with { Text = "stargate", Kinds = [DealKind.JointVenture], CountryCode = "US" };
        var request = new ListRequest(4, 50, nameof(DealListItem.ValueUsd), true);

        var (parsedFilter, parsedRequest) = DealListUrl.Parse(Address(DealListUrl.ToQuery(filter, request)));

        Assert.Equal(DealListUrl.FilterKey(filter), DealListUrl.FilterKey(parsedFilter));
        Assert.Equal(request, parsedRequest);
        Assert.Equal("5", DealListUrl.ToQuery(filter, request)["page"]);
    }

    [Fact]
    public void What_changed_round_trips_its_period_beside_its_page()
    {
        var period = new ChangePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
        var request = new ListRequest(2, 10, TimelinesService.DateColumn);

        var (parsedPeriod, parsedRequest) = ChangesUrl.Parse(Address(ChangesUrl.ToQuery(period, request)), new DateOnly(2026, 12, 2));

        Assert.Equal(period, parsedPeriod);
        Assert.Equal(request, parsedRequest);
    }

    /// <summary>The address a query makes, as NavigationManager writes it: null values are left out.</summary>
    private static string Address(Dictionary<string, object?> query)
    {
        var parts = query
            .SelectMany(p => p.Value switch
            {
                string[] many => many.Select(v => (p.Key, Value: v)),
                string one => [(p.Key, Value: one)],
                _ => [],
            })
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")
            .ToList();
        return parts.Count == 0 ? Base : $"{Base}?{string.Join("&", parts)}";
    }
}
