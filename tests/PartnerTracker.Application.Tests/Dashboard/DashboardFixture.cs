using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Dashboard;

/// <summary>
/// Five deals built by hand so that every dashboard figure can be worked out on paper (see the tests):
/// <code>
/// deal                  kind         stage     verif.    country  value as announced            USD (stored)   announced
/// D1 Alpha–Beta JV      JointVenture Signed    Confirmed US       USD 100m exact                100,000,000    2025-02-10 (day)
/// D2 Beta–Delta supply  Supply       Announced Reported  —        up to KRW 1 trillion @0.0007  700,000,000    Apr 2025 (month)
/// D3 Gamma investment   Investment   Rumored   Rumored   —        approx. EUR 200m (est.) @1.05 210,000,000    2025 (year)
/// D4 Alpha–Delta JV     JointVenture InTalks   Confirmed KR       undisclosed                   —              H1 2025 (half-year)
/// D5 Beta licensing     Licensing    Active    Confirmed —        no value spoken of            —              no date
///
/// company  country sector         roles
/// Alpha    US      Semiconductors D1 equity (confirmed); D3 target (rumored); D4 technology (confirmed) + equity (rumored)
/// Beta     KR      Software       D1 equity (confirmed); D2 supplier (reported); D5 supplier (confirmed)
/// Gamma    JP      Semiconductors D1 potential partner (rumored); D3 investor (rumored)
/// Delta    KR      (none)         D2 customer (reported); D4 equity (confirmed)
///
/// stage changes: D1 (start)→Announced 2025-02-10, Announced→Signed 2025-04-20; D2 (start)→Announced Apr 2025;
///                D4 (start)→Rumored 2025 (year), Rumored→InTalks H1 2025; D5 Signed→Active 2025-05-02.
/// D2's value is cited once.
/// </code>
/// </summary>
internal static class DashboardFixture
{
    /// <summary>"Today" for the tests: this quarter is Q2 2025.</summary>
    public static readonly DateTimeOffset Today = new(2025, 5, 15, 12, 0, 0, TimeSpan.Zero);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var db = database.CreateDbContext();

        var usd = new FxRate { CurrencyCode = "USD", Date = new DateOnly(2025, 1, 1), RateToUsd = 1m, Source = "identity" };
        var krw = new FxRate { CurrencyCode = "KRW", Date = new DateOnly(2025, 2, 1), RateToUsd = 0.0007m, Source = "test" };
        var eur = new FxRate { CurrencyCode = "EUR", Date = new DateOnly(2024, 11, 1), RateToUsd = 1.05m, Source = "test" };
        var alpha = new Company { Name = "Alpha", CountryCode = "US", Sector = "Semiconductors" };
        var beta = new Company { Name = "Beta", CountryCode = "KR", Sector = "Software" };
        var gamma = new Company { Name = "Gamma", CountryCode = "JP", Sector = "Semiconductors" };
        var delta = new Company { Name = "Delta", CountryCode = "KR" };
        var source = new SourceArticle { Title = "Test wire", Text = "Beta will supply Delta for up to 1 trillion won." };

        var d1 = Deal("D1 Alpha–Beta JV", DealKind.JointVenture, DealStage.Signed, Verification.Confirmed, "US",
            new Money(100_000_000m, "USD", MoneyQualifier.Exact), 100_000_000m, usd, PartialDate.Day(2025, 2, 10));
        var d2 = Deal("D2 Beta–Delta supply", DealKind.Supply, DealStage.Announced, Verification.Reported, null,
            new Money(1_000_000_000_000m, "KRW", MoneyQualifier.UpTo), 700_000_000m, krw, PartialDate.Month(2025, 4));
        var d3 = Deal("D3 Gamma investment", DealKind.Investment, DealStage.Rumored, Verification.Rumored, null,
            new Money(200_000_000m, "EUR", MoneyQualifier.Approximately, estimated: true), 210_000_000m, eur, PartialDate.Year(2025));
        var d4 = Deal("D4 Alpha–Delta JV", DealKind.JointVenture, DealStage.InTalks, Verification.Confirmed, "KR",
            Money.Undisclosed(), null, null, PartialDate.HalfYear(2025, 1));
        var d5 = Deal("D5 Beta licensing", DealKind.Licensing, DealStage.Active, Verification.Confirmed, null, null, null, null, null);

        Join(d1, alpha, ParticipantRole.EquityPartner, Verification.Confirmed);
        Join(d1, beta, ParticipantRole.EquityPartner, Verification.Confirmed);
        Join(d1, gamma, ParticipantRole.PotentialPartner, Verification.Rumored);
        Join(d2, beta, ParticipantRole.Supplier, Verification.Reported);
        Join(d2, delta, ParticipantRole.Customer, Verification.Reported);
        Join(d3, gamma, ParticipantRole.Investor, Verification.Rumored);
        Join(d3, alpha, ParticipantRole.Target, Verification.Rumored);
        Join(d4, alpha, ParticipantRole.TechnologyPartner, Verification.Confirmed);
        Join(d4, alpha, ParticipantRole.EquityPartner, Verification.Rumored);
        Join(d4, delta, ParticipantRole.EquityPartner, Verification.Confirmed);
        Join(d5, beta, ParticipantRole.Supplier, Verification.Confirmed);

        Change(d1, null, DealStage.Announced, PartialDate.Day(2025, 2, 10));
        Change(d1, DealStage.Announced, DealStage.Signed, PartialDate.Day(2025, 4, 20));
        Change(d2, null, DealStage.Announced, PartialDate.Month(2025, 4));
        Change(d4, null, DealStage.Rumored, PartialDate.Year(2025));
        Change(d4, DealStage.Rumored, DealStage.InTalks, PartialDate.HalfYear(2025, 1));
        Change(d5, DealStage.Signed, DealStage.Active, PartialDate.Day(2025, 5, 2));

        d2.Citations.Add(new Citation { SourceArticle = source, Quote = "up to 1 trillion won", Subject = CitationSubject.DealValue });
        db.Deals.AddRange(d1, d2, d3, d4, d5);
        await db.SaveChangesAsync();
        return database;
    }

    private static Deal Deal(
        string name, DealKind kind, DealStage stage, Verification verification, string? country,
        Money? value, decimal? usd, FxRate? rate, PartialDate? announced) =>
        new()
        {
            Name = name,
            Kind = kind,
            Stage = stage,
            Verification = verification,
            CountryCode = country,
            Value = value,
            ValueUsd = usd,
            FxRate = rate,
            AnnouncedOn = announced,
        };

    private static void Join(Deal deal, Company company, ParticipantRole role, Verification verification) =>
        deal.Participants.Add(new DealParticipant { Company = company, Role = role, Verification = verification });

    private static void Change(Deal deal, DealStage? from, DealStage to, PartialDate on) =>
        deal.StageHistory.Add(new StageChange { FromStage = from, ToStage = to, EffectiveOn = on, RecordedBy = "test", RecordedAtUtc = new DateTime(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
}
