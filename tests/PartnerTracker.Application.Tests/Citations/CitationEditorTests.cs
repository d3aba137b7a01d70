using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Citations;

public sealed class CitationEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private CitationEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new CitationEditor(database, new TestUser());
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Cites_a_sentence_of_the_article_for_a_participant_even_across_a_line_break()
    {
        var (source, deal, participant, _) = await IdsAsync();

        var result = await editor.AddAsync(new CitationModel
        {
            SourceArticleId = source,
            Quote = "the project includes key tech partners such as British chip designer Arm,\n owned by the Japanese bank",
            Subject = CitationSubject.Participant,
            DealId = deal,
            TargetId = participant,
        }, Cancel);

        Assert.IsType<CommandResult.Saved>(result);
    }

    public static TheoryData<string, string, Func<(int Source, int Deal, int Participant, int OtherDeal), CitationModel>> BadInput => new()
    {
        { "a quote the article does not contain", "Quote", ids => new CitationModel { SourceArticleId = ids.Source, DealId = ids.Deal, Quote = "Samsung signed a $1 trillion deal." } },
        { "an empty quote", "Quote", ids => new CitationModel { SourceArticleId = ids.Source, DealId = ids.Deal, Quote = " " } },
        { "a 10,000-character quote", "Quote", ids => new CitationModel { SourceArticleId = ids.Source, DealId = ids.Deal, Quote = new string('q', 10_000) } },
        { "no source", "SourceArticleId", ids => new CitationModel { DealId = ids.Deal, Quote = "Stargate" } },
        { "an unknown source", "SourceArticleId", ids => new CitationModel { SourceArticleId = 9_999, DealId = ids.Deal, Quote = "Stargate" } },
        { "a forged subject", "Subject", ids => new CitationModel { SourceArticleId = ids.Source, DealId = ids.Deal, Quote = "Stargate", Subject = (CitationSubject)40 } },
        { "a participant of another deal", "TargetId", ids => new CitationModel { SourceArticleId = ids.Source, DealId = ids.OtherDeal, Quote = "Stargate", Subject = CitationSubject.Participant, TargetId = ids.Participant } },
        { "no deal for a deal fact", "TargetId", ids => new CitationModel { SourceArticleId = ids.Source, Quote = "Stargate", Subject = CitationSubject.DealValue } },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_and_changes_nothing(string because, string field, Func<(int Source, int Deal, int Participant, int OtherDeal), CitationModel> build)
    {
        var model = build(await IdsAsync());
        var before = await CountAsync();

        var result = await editor.AddAsync(model, Cancel);

        Assert.True(Assert.IsType<CommandResult.Invalid>(result).Errors.ContainsKey(field), because);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<(int, int, int, int)> IdsAsync()
    {
        await using var db = database.CreateDbContext();
        var participant = await db.DealParticipants.Where(p => p.Deal!.Name == ArticleSeed.StargateName && p.Company!.Name == "Arm").SingleAsync(Cancel);
        var otherDeal = await db.Deals.Where(d => d.Id != participant.DealId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(Cancel);
        return (await db.SourceArticles.Select(s => s.Id).SingleAsync(Cancel), participant.DealId, participant.Id, otherDeal);
    }

    [Fact]
    public async Task Citing_for_a_deal_that_no_longer_exists_is_not_found_and_changes_nothing()
    {
        var ids = await IdsAsync();
        var before = await CountAsync();

        var result = await editor.AddAsync(new CitationModel { SourceArticleId = ids.Item1, DealId = 999_999, Quote = "Stargate", Subject = CitationSubject.Deal }, Cancel);

        Assert.Equal("Deal 999999 no longer exists.", Assert.IsType<CommandResult.NotFound>(result).Message);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Citations.CountAsync(Cancel);
    }
}
