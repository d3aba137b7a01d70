using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Domain;
using PartnerTracker.Synthetic;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Synthetic;

public sealed class SyntheticDataGeneratorTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>, IAsyncLifetime
{
    private readonly PartnerTrackerDbContext db = NoTracking(generated.Database.CreateDbContext());

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => db.DisposeAsync();

    // Owned values (Money, PartialDate) are read on their own here, which a tracking query refuses.
    private static PartnerTrackerDbContext NoTracking(PartnerTrackerDbContext context)
    {
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return context;
    }

    [Fact]
    public async Task Same_seed_writes_identical_rows_and_another_seed_does_not()
    {
        await using var again = await GeneratedDatabase.CreateAsync(GeneratedDatabase.Options);
        await using var otherSeed = await GeneratedDatabase.CreateAsync(GeneratedDatabase.Options with { Seed = 7 });

        var digest = await TableDigest.ComputeAsync(generated.Database, Cancel);

        Assert.Equal(digest, await TableDigest.ComputeAsync(again, Cancel));
        Assert.NotEqual(digest, await TableDigest.ComputeAsync(otherSeed, Cancel));
    }

    [Fact]
    public async Task Counts_match_the_options_with_one_stage_change_and_one_to_three_citations_per_deal()
    {
        Assert.Equal(GeneratedDatabase.Options.Companies, await db.Companies.CountAsync(Cancel));
        Assert.Equal(GeneratedDatabase.Options.Deals, await db.Deals.CountAsync(Cancel));

        var perDeal = await db.Deals
            .Select(d => new
            {
                StageChanges = d.StageHistory.Count(s => s.RecordedBy == SyntheticDataGenerator.RecordedBy && s.FromStage == null && s.ToStage == d.Stage),
                Citations = d.Citations.Count,
                Participants = d.Participants.Count,
            })
            .ToListAsync(Cancel);
        Assert.All(perDeal, d => Assert.Equal(1, d.StageChanges));
        Assert.All(perDeal, d => Assert.InRange(d.Citations, 1, 3));
        Assert.All(perDeal, d => Assert.InRange(d.Participants, 2, 6));
        Assert.Equal(GeneratedDatabase.Options.Deals, await db.StageChanges.CountAsync(Cancel));
    }

    [Fact]
    public async Task Every_deal_has_two_distinct_companies_and_no_company_twice_in_one_role()
    {
        var participants = await db.DealParticipants.Select(p => new { p.DealId, p.CompanyId, p.Role }).ToListAsync(Cancel);

        Assert.All(participants.GroupBy(p => p.DealId), deal =>
        {
            Assert.True(deal.Select(p => p.CompanyId).Distinct().Count() >= 2, $"Deal {deal.Key} has fewer than two companies.");
            Assert.Equal(deal.Count(), deal.Select(p => (p.CompanyId, p.Role)).Distinct().Count());
        });
    }

    [Fact]
    public async Task Disclosed_values_are_converted_at_their_rate_and_undisclosed_ones_have_no_USD_value()
    {
        var deals = await db.Deals
            .Select(d => new { d.Value, d.ValueUsd, d.FxRateId, Rate = (decimal?)d.FxRate!.RateToUsd, RateCurrency = d.FxRate.CurrencyCode })
            .ToListAsync(Cancel);

        var disclosed = deals.Where(d => d.Value is { Qualifier: not MoneyQualifier.Undisclosed }).ToList();
        Assert.All(disclosed, d =>
        {
            Assert.Equal(d.Value!.Currency, d.RateCurrency);
            Assert.Equal(d.Value.Amount * d.Rate, d.ValueUsd);
        });
        Assert.All(deals.Except(disclosed), d => Assert.Null(d.ValueUsd ?? d.FxRateId));

        // Roughly a quarter undisclosed, as the options promise.
        var undisclosed = deals.Count(d => d.Value?.Qualifier == MoneyQualifier.Undisclosed);
        Assert.InRange(undisclosed, deals.Count * 15 / 100, deals.Count * 35 / 100);
    }

    [Fact]
    public async Task Deals_use_every_kind_stage_verification_role_precision_and_several_currencies()
    {
        var deals = await db.Deals.Select(d => new { d.Kind, d.Stage, d.Verification, d.AnnouncedOn, d.Value }).ToListAsync(Cancel);
        var roles = await db.DealParticipants.Select(p => p.Role).Distinct().ToListAsync(Cancel);

        Assert.Equal(Enum.GetValues<DealKind>().Order(), deals.Select(d => d.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<DealStage>().Order(), deals.Select(d => d.Stage).Distinct().Order());
        Assert.Equal(Enum.GetValues<Verification>().Order(), deals.Select(d => d.Verification).Distinct().Order());
        Assert.Equal(Enum.GetValues<ParticipantRole>().Order(), roles.Order());
        Assert.Equal(Enum.GetValues<DatePrecision>().Order(), deals.Select(d => d.AnnouncedOn!.Precision).Distinct().Order());
        Assert.Equal(Enum.GetValues<MoneyQualifier>().Order(), deals.Where(d => d.Value is not null).Select(d => d.Value!.Qualifier).Distinct().Order());
        Assert.Contains(deals, d => d.Value is { IsEstimated: true });
        Assert.True(deals.Select(d => d.Value?.Currency).OfType<string>().Distinct().Count() >= 6);
        Assert.All(deals, d => Assert.InRange(d.AnnouncedOn!.Start.Year, 2015, 2025));
    }

    [Fact]
    public async Task A_few_companies_take_part_in_many_deals()
    {
        var dealsPerCompany = await db.DealParticipants.GroupBy(p => p.CompanyId)
            .Select(g => g.Select(p => p.DealId).Distinct().Count())
            .ToListAsync(Cancel);

        var median = dealsPerCompany.Order().ElementAt(dealsPerCompany.Count / 2);
        Assert.True(dealsPerCompany.Max() >= 5 * median, $"Busiest company: {dealsPerCompany.Max()} deals, median {median}.");
    }

    [Fact]
    public async Task Companies_have_parents_and_aliases()
    {
        var withParent = await db.Companies.CountAsync(c => c.ParentCompanyId != null, Cancel);

        Assert.InRange(withParent, 10, 30);
        Assert.True(await db.CompanyAliases.AnyAsync(Cancel));
    }

    [Fact]
    public async Task Refuses_a_database_that_already_holds_deals_and_writes_nothing()
    {
        await using var seeded = await SqliteTestDatabase.CreateAsync(seeded: true);
        await using var target = seeded.CreateDbContext();
        var (deals, rates) = (await target.Deals.CountAsync(Cancel), await target.FxRates.CountAsync(Cancel));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SyntheticDataGenerator.GenerateAsync(target, GeneratedDatabase.Options, Cancel));

        Assert.Contains("empty database", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(deals, await target.Deals.CountAsync(Cancel));
        Assert.Equal(rates, await target.FxRates.CountAsync(Cancel));
    }
}
