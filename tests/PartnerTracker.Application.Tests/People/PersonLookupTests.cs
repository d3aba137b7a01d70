using PartnerTracker.Application.Features.People;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.People;

public sealed class PersonLookupTests : SeededDatabaseTests
{
    private PeopleService service = null!;

    protected override Task InitializeAsync(SqliteTestDatabase database)
    {
        service = new PeopleService(database, AppMapping.Mapper);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("altman", "Sam Altman")]
    [InlineData(" Shin ", "Chung Shin-a")]
    [InlineData("Jae-yong", "Lee Jae-yong")]
    public async Task Finds_people_whose_name_contains_the_text(string typed, string expected)
    {
        var match = Assert.Single(await service.FindAsync(typed, cancellationToken: Cancel));

        Assert.Equal(expected, match.FullName);
    }

    [Fact]
    public async Task A_match_reads_with_title_and_company() =>
        Assert.Equal("Sam Altman (CEO, OpenAI)", (await service.FindAsync("Sam", cancellationToken: Cancel)).Single().ToString());

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("Nobody")]
    public async Task Wildcards_are_literal_and_no_match_is_empty(string typed) =>
        Assert.Empty(await service.FindAsync(typed, cancellationToken: Cancel));

    [Fact]
    public async Task Returns_at_most_the_number_asked_in_name_order()
    {
        var matches = await service.FindAsync("", max: 3, cancellationToken: Cancel);

        Assert.Equal(["Chey Tae-won", "Chung Shin-a", "Kim Chang-han"], matches.Select(m => m.FullName));
    }
}
