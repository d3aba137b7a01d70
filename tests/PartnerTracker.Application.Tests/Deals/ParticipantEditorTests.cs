using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

public sealed class ParticipantEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private ParticipantEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new ParticipantEditor(database, new TestUser());
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Adds_a_company_in_a_role_with_its_commitment()
    {
        var (deal, samsung) = (await DealAsync(ArticleSeed.OpenAiKakaoName), await CompanyAsync("Samsung Electronics"));

        var result = await editor.AddAsync(deal, new ParticipantModel
        {
            CompanyId = samsung, Role = ParticipantRole.Investor, Verification = Verification.Rumored,
            CommitmentQualifier = MoneyQualifier.UpTo, CommitmentAmount = 1_000_000_000m, CommitmentCurrency = "USD",
        }, Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = database.CreateDbContext();
        var participant = await db.DealParticipants.SingleAsync(p => p.Id == saved.Id, Cancel);
        Assert.Equal(new Money(1_000_000_000m, "USD", MoneyQualifier.UpTo), participant.Commitment);
    }

    public static TheoryData<string, string, string, Action<ParticipantModel>> BadInput => new()
    {
        { "no company", "CompanyId", "Oracle", m => m.CompanyId = null },
        { "the same company in the same role again", "Role", "Oracle", m => m.Role = ParticipantRole.EquityPartner },
        { "forged role", "Role", "Oracle", m => m.Role = (ParticipantRole)77 },
        { "forged verification", "Verification", "Oracle", m => m.Verification = (Verification)(-2) },
        { "negative commitment", "CommitmentAmount", "Oracle", m => (m.CommitmentQualifier, m.CommitmentAmount, m.CommitmentCurrency) = (MoneyQualifier.Exact, -1m, "USD") },
        { "unknown commitment currency", "CommitmentCurrency", "Oracle", m => (m.CommitmentQualifier, m.CommitmentAmount, m.CommitmentCurrency) = (MoneyQualifier.Exact, 1m, "ABC") },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_and_changes_nothing(string because, string field, string company, Action<ParticipantModel> spoil)
    {
        var model = new ParticipantModel { CompanyId = await CompanyAsync(company), Role = ParticipantRole.Supplier };
        spoil(model);
        var before = await CountAsync();

        var result = await editor.AddAsync(await DealAsync(ArticleSeed.StargateName), model, Cancel);

        Assert.True(Assert.IsType<CommandResult.Invalid>(result).Errors.ContainsKey(field), because);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Unknown_company_is_refused() =>
        Assert.IsType<CommandResult.Invalid>(await editor.AddAsync(await DealAsync(ArticleSeed.StargateName), new ParticipantModel { CompanyId = 9_999 }, Cancel));

    [Fact]
    public async Task Removing_a_role_removes_its_citations()
    {
        await using var db = database.CreateDbContext();
        var samsung = await db.DealParticipants.SingleAsync(p => p.Deal!.Name == ArticleSeed.StargateName && p.Company!.Name == "Samsung Electronics", Cancel);

        Assert.IsType<CommandResult.Saved>(await editor.RemoveAsync(samsung.Id, Cancel));

        Assert.False(await db.DealParticipants.AnyAsync(p => p.Id == samsung.Id, Cancel));
        Assert.False(await db.Citations.AnyAsync(c => c.DealParticipantId == samsung.Id, Cancel));
    }

    private async Task<int> DealAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Deals.Where(d => d.Name == name).Select(d => d.Id).SingleAsync(Cancel);
    }

    private async Task<int> CompanyAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Companies.Where(c => c.Name == name).Select(c => c.Id).SingleAsync(Cancel);
    }

    private async Task<(int, int)> CountAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.DealParticipants.CountAsync(Cancel), await db.Citations.CountAsync(Cancel));
    }
}
