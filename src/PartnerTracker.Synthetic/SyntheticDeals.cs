using Bogus;
using PartnerTracker.Domain;
using W = PartnerTracker.Synthetic.SyntheticWording;

namespace PartnerTracker.Synthetic;

/// <summary>
/// Builds synthetic deals one whole graph at a time (participants, one stage change, 1–3 citations). Every draw
/// comes from the one seeded randomizer in a fixed order, so the same options give the same deals. (The batch size
/// changes no value, but EF orders a batch's inserts by dependency, so it does change which citation gets which id.)
/// </summary>
internal sealed class SyntheticDeals(
    Faker faker, IReadOnlyList<SyntheticCompany> companies, SyntheticFxRates rates, IReadOnlyList<int> sourceIds)
{
    private static readonly Weighted<DealKind> Kinds = new(
        (DealKind.StrategicPartnership, 22), (DealKind.Investment, 18), (DealKind.ProductIntegration, 12),
        (DealKind.Acquisition, 10), (DealKind.Supply, 10), (DealKind.JointVenture, 8), (DealKind.Licensing, 8),
        (DealKind.ResearchCollaboration, 8), (DealKind.Other, 4));

    private static readonly Weighted<DealStage> Stages = new(
        (DealStage.Rumored, 7), (DealStage.InTalks, 10), (DealStage.Announced, 30), (DealStage.Signed, 15),
        (DealStage.Active, 15), (DealStage.Completed, 15), (DealStage.Stalled, 5), (DealStage.Terminated, 3));

    private static readonly Weighted<Verification> Verifications = new(
        (Verification.Confirmed, 55), (Verification.Reported, 35), (Verification.Rumored, 10));

    private static readonly Weighted<int> ParticipantCounts = new((2, 45), (3, 25), (4, 15), (5, 10), (6, 5));

    private static readonly Weighted<MoneyQualifier> DisclosedQualifiers = new(
        (MoneyQualifier.Exact, 55), (MoneyQualifier.Approximately, 20), (MoneyQualifier.UpTo, 15), (MoneyQualifier.AtLeast, 10));

    private static readonly Weighted<DatePrecision> ClosePrecisions = new(
        (DatePrecision.Month, 20), (DatePrecision.Quarter, 40), (DatePrecision.HalfYear, 25), (DatePrecision.Year, 15));

    private static readonly ParticipantRole[] Roles = Enum.GetValues<ParticipantRole>();

    private Randomizer Random => faker.Random;

    public List<Deal> Next(int count)
    {
        var deals = new List<Deal>(count);
        for (var i = 0; i < count; i++)
        {
            deals.Add(Next());
        }

        return deals;
    }

    private Deal Next()
    {
        var kind = Kinds.Pick(Random);
        var label = W.KindLabel(kind);
        var members = Members(kind);
        var (lead, partner) = (members[0].Company, members[1].Company);
        var announced = SyntheticCalendar.RandomPartialDate(Random);
        var deal = new Deal
        {
            Name = Name(label, members),
            Kind = kind,
            Stage = Stages.Pick(Random),
            Verification = Verifications.Pick(Random),
            Summary = $"To {faker.Company.Bs()}.",
            CountryCode = Random.Bool(0.7f) ? lead.CountryCode : null,
            AnnouncedOn = announced,
            ExpectedCloseOn = Random.Bool(0.3f) ? ExpectedClose(announced) : null,
        };
        SetValue(deal);
        var participants = AddParticipants(deal, members);

        var sourceId = sourceIds[Random.Int(0, sourceIds.Count - 1)];
        deal.StageHistory.Add(new StageChange
        {
            ToStage = deal.Stage,
            // An owned value belongs to one owner: the stage change gets its own copy of the date.
            EffectiveOn = new PartialDate(announced.Start, announced.Precision),
            RecordedBy = SyntheticDataGenerator.RecordedBy,
            // Derived from the data, never the clock, so two runs write the same rows.
            RecordedAtUtc = announced.Start.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            SourceArticleId = sourceId,
        });

        Cite(deal, CitationSubject.Deal, sourceId, W.DealQuote(label, lead.Name, partner.Name, deal.Stage));
        var moreCitations = Random.Int(0, 2);
        for (var i = 0; i < moreCitations; i++)
        {
            if (i == 0 && deal.Value is { } value)
            {
                Cite(deal, CitationSubject.DealValue, sourceId, W.ValueQuote(label, value));
            }
            else
            {
                var cited = Random.Int(0, members.Count - 1);
                Cite(deal, CitationSubject.Participant, sourceId, W.ParticipantQuote(members[cited].Company.Name, members[cited].Role), participants[cited]);
            }
        }

        return deal;
    }

    /// <summary>2–6 participants: two distinct companies at least, and never the same company in the same role twice.</summary>
    private List<Member> Members(DealKind kind)
    {
        var (leadRole, partnerRole) = OpeningRoles(kind);
        var members = new List<Member>(6);
        members.Add(new Member(PopularCompanyNotIn(members), leadRole));
        members.Add(new Member(PopularCompanyNotIn(members), partnerRole));
        var count = ParticipantCounts.Pick(Random);
        while (members.Count < count)
        {
            if (Random.Bool(0.2f))
            {
                // A company already in the deal takes a second role (SoftBank: equity partner and financial lead).
                // It holds at most five roles here, so a free one always remains.
                var company = members[Random.Int(0, members.Count - 1)].Company;
                var freeRoles = Roles.Where(r => !members.Contains(new Member(company, r))).ToArray();
                members.Add(new Member(company, Random.ArrayElement(freeRoles)));
            }
            else
            {
                members.Add(new Member(PopularCompanyNotIn(members), Random.ArrayElement(Roles)));
            }
        }

        return members;
    }

    /// <summary>
    /// Squaring a uniform draw piles picks onto the first companies, a power-law-ish skew: the first 1% of companies
    /// take a tenth of all participations, the busiest alone a few percent, the last ones a handful each.
    /// </summary>
    private SyntheticCompany PopularCompanyNotIn(List<Member> members)
    {
        while (true)
        {
            var candidate = companies[(int)(companies.Count * Math.Pow(Random.Double(), 2))];
            if (!members.Exists(m => m.Company.Id == candidate.Id))
            {
                return candidate;
            }
        }
    }

    private static (ParticipantRole Lead, ParticipantRole Partner) OpeningRoles(DealKind kind) => kind switch
    {
        DealKind.JointVenture => (ParticipantRole.EquityPartner, ParticipantRole.EquityPartner),
        DealKind.Investment or DealKind.Acquisition => (ParticipantRole.Investor, ParticipantRole.Target),
        DealKind.Supply => (ParticipantRole.Supplier, ParticipantRole.Customer),
        DealKind.Licensing => (ParticipantRole.TechnologyLead, ParticipantRole.Customer),
        DealKind.ProductIntegration or DealKind.ResearchCollaboration => (ParticipantRole.TechnologyLead, ParticipantRole.TechnologyPartner),
        DealKind.StrategicPartnership => (ParticipantRole.TechnologyPartner, ParticipantRole.TechnologyPartner),
        _ => (ParticipantRole.PotentialPartner, ParticipantRole.PotentialPartner),
    };

    /// <summary>Short names joined the way the seed names deals ("OpenAI–Kakao partnership"): "Kuhn–Lind–Bode and 2 more joint venture".</summary>
    private static string Name(string label, List<Member> members)
    {
        var companies = members.Select(m => m.Company).Distinct().ToList();
        var named = string.Join("–", companies.Take(3).Select(c => W.ShortName(c.Name)));
        var name = companies.Count <= 3 ? $"{named} {label}" : $"{named} and {companies.Count - 3} more {label}";
        return name.Length <= Deal.NameMaxLength ? name : name[..Deal.NameMaxLength];
    }

    private PartialDate ExpectedClose(PartialDate announced) =>
        SyntheticCalendar.Containing(announced.Start.AddMonths(Random.Int(3, 24)), ClosePrecisions.Pick(Random));

    /// <summary>About 5% with no value spoken of, 25% undisclosed, the rest in one of several currencies at that month's rate.</summary>
    private void SetValue(Deal deal)
    {
        var roll = Random.Int(1, 100);
        if (roll <= 5)
        {
            return;
        }

        if (roll <= 30)
        {
            deal.Value = Money.Undisclosed();
            return;
        }

        var currency = SyntheticFxRates.PickCurrency(Random);
        var rate = rates.For(currency, deal.AnnouncedOn!.Start);

        // From $100k rounds to $30bn projects, evenly across the orders of magnitude; the cap keeps the weakest
        // currency's amount under Money.MaxAmount.
        var usd = (decimal)Math.Pow(10, Random.Double(5, 10.5));
        var amount = SignificantDigits.Round(usd / rate.RateToUsd, 3);
        deal.Value = new Money(amount, currency, DisclosedQualifiers.Pick(Random), estimated: Random.Bool(0.1f));
        deal.ValueUsd = amount * rate.RateToUsd;
        deal.FxRateId = rate.Id;
    }

    private List<DealParticipant> AddParticipants(Deal deal, List<Member> members)
    {
        // Investors and joint-venture partners sometimes say what each puts in.
        var committed = deal.Kind is DealKind.Investment or DealKind.JointVenture && deal.Value is { Amount: not null };
        var participants = new List<DealParticipant>(members.Count);
        foreach (var member in members)
        {
            var participant = new DealParticipant
            {
                CompanyId = member.Company.Id,
                Role = member.Role,
                // Each link has its own certainty; now and then one is less sure than the deal.
                Verification = Random.Bool(0.2f) ? (Verification)Math.Max(0, (int)deal.Verification - 1) : deal.Verification,
            };
            if (committed && Random.Bool(0.3f))
            {
                var share = SignificantDigits.Round(deal.Value!.Amount!.Value * Random.Decimal(0.1m, 0.5m), 3);
                participant.Commitment = new Money(share, deal.Value.Currency, MoneyQualifier.Exact);
            }

            participants.Add(participant);
        }

        deal.Participants.AddRange(participants);
        return participants;
    }

    private static void Cite(Deal deal, CitationSubject subject, int sourceId, string quote, DealParticipant? participant = null) =>
        deal.Citations.Add(new Citation { SourceArticleId = sourceId, Subject = subject, Quote = quote, DealParticipant = participant });

    private sealed record Member(SyntheticCompany Company, ParticipantRole Role);
}
