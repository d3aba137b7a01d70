using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>
/// Every write command of the Application layer, acting as one user over one seeded database. The contexts write as
/// that same user (<see cref="SqliteTestDatabase.As"/>), so the audit trail would name them if anything got through.
/// </summary>
internal sealed class Arena(SqliteTestDatabase database, TestUser user)
{
    private readonly IDbContextFactory<PartnerTrackerDbContext> contexts = database.As(user);

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public SqliteTestDatabase Database => database;

    public DealEditor Deals => new(contexts, user, TimeProvider.System);

    public ParticipantEditor Participants => new(contexts, user);

    public DealConnectionsEditor Connections => new(contexts, user);

    public CitationEditor Citations => new(contexts, user);

    public CompanyEditor Companies => new(contexts, user);

    public PersonEditor People => new(contexts, user, AppMapping.Mapper);

    public ProductEditor Products => new(contexts, user, AppMapping.Mapper);

    public EventEditor Events => new(contexts, user);

    public SourceEditor Sources => new(contexts, user, TimeProvider.System);

    /// <summary>Another analyst, for the save that makes this user's token stale.</summary>
    public Arena Colleague => new(database, new TestUser("Other Analyst"));

    public Task<int> Stargate => database.DealAsync(ArticleSeed.StargateName);

    public Task<int> OpenAiKakao => database.DealAsync(ArticleSeed.OpenAiKakaoName);

    public Task<int> LocalizedProduct => database.DealAsync(ArticleSeed.LocalizedProductName);

    public Task<int> Company(string name) => database.CompanyAsync(name);

    public Task<int> Person(string name) => database.PersonAsync(name);

    public Task<int> Product(string name) => database.ProductAsync(name);

    public Task<int> Event(string name) => database.EventAsync(name);

    /// <summary>The id of the article the seed cites, which stores the article's text.</summary>
    public Task<int> Article => Read(db => db.SourceArticles.Where(s => s.Title == ArticleSeed.ArticleTitle).Select(s => s.Id).SingleAsync(Cancel));

    /// <summary>A read on a fresh context, for the ids and rows a case needs.</summary>
    public async Task<T> Read<T>(Func<PartnerTrackerDbContext, Task<T>> query)
    {
        await using var db = database.CreateDbContext();
        return await query(db);
    }
}
