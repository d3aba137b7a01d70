using Microsoft.EntityFrameworkCore;
using PartnerTracker.Domain;
using Q = PartnerTracker.Data.Seed.ArticleQuotes;

namespace PartnerTracker.Data.Seed;

/// <summary>
/// The embedded database's starting data: what the Korea JoongAng Daily article of 4 February 2025 says, and only
/// that, each fact cited with its sentence. Runs once, and never on a database that already holds records.
/// </summary>
public static class ArticleSeed
{
    public const string RecordedBy = "system (seed)";
    public const string ArticleTitle = "Samsung, OpenAI, and SoftBank chiefs hold high-stakes AI summit in Seoul";
    public const string StargateName = "Stargate";
    public const string OpenAiKakaoName = "OpenAI–Kakao partnership";
    public const string LocalizedProductName = "OpenAI–Kakao localized AI product for Korea";
    public const string SamsungHardwareName = "Samsung–OpenAI AI hardware talks";

    private static readonly DateOnly Published = new(2025, 2, 4);

    /// <summary>The article exactly as filed in shared/seeds, shipped inside this assembly.</summary>
    public static string ArticleText { get; } = ReadArticle();

    /// <returns>True when the database was empty and has been seeded.</returns>
    public static async Task<bool> SeedIfEmptyAsync(PartnerTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Any record of any kind (reference currencies aside) means the database is someone's: leave it alone.
        if (await db.Companies.AnyAsync(cancellationToken) || await db.Deals.AnyAsync(cancellationToken)
            || await db.SourceArticles.AnyAsync(cancellationToken) || await db.People.AnyAsync(cancellationToken)
            || await db.Events.AnyAsync(cancellationToken) || await db.Products.AnyAsync(cancellationToken)
            || await db.FxRates.AnyAsync(cancellationToken) || await db.AuditEntries.AnyAsync(cancellationToken))
        {
            return false;
        }

        new Builder(db).AddAll();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string ReadArticle()
    {
        using var stream = typeof(ArticleSeed).Assembly.GetManifestResourceStream("PartnerTracker.Seed.Article.txt")
            ?? throw new InvalidOperationException("The seed article is missing from the PartnerTracker.Data assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class Builder(PartnerTrackerDbContext db)
    {
        private readonly SourceArticle article = new()
        {
            Title = ArticleTitle,
            Publisher = "Korea JoongAng Daily",
            Author = "Lee Jae-lim",
            PublishedOn = Published,
            Language = "en",
            Text = ArticleText,
        };

        private readonly DateTime now = db.Clock.GetUtcNow().UtcDateTime;

        public void AddAll()
        {
            db.SourceArticles.Add(article);

            var softBank = Company("SoftBank Group", "JP", "Financial services", Q.SummitInSeoul, "SoftBank");
            var samsung = Company("Samsung Electronics", "KR", "Semiconductors", Q.SamsungUnderConsideration, "Samsung");
            var openAi = Company("OpenAI", "US", "Artificial intelligence", Q.OpenAiUsKakaoKorean);
            var oracle = Company("Oracle", null, null, Q.Stargate);
            var arm = Company("Arm", "GB", "Semiconductors", Q.ArmOwnedBySoftBank);
            arm.ParentCompany = softBank;
            var microsoft = Company("Microsoft", null, null, Q.StargateLeadsAndPartners);
            var nvidia = Company("Nvidia", null, null, Q.StargateLeadsAndPartners);
            var kakao = Company("Kakao", "KR", "Internet platforms", Q.KakaoPressEvent);
            var sk = Company("SK Group", "KR", "Conglomerate", Q.KoreanChiefs);
            var krafton = Company("Krafton", "KR", null, Q.KoreanChiefs);
            Company("DeepSeek", "CN", "Artificial intelligence", Q.DeepSeek);

            var lee = Person("Lee Jae-yong", "Executive Chairman", samsung, Q.MeetingAboutStargate);
            var altman = Person("Sam Altman", "CEO", openAi, Q.SeochoMeeting);
            var son = Person("Masayoshi Son", "Chairman and CEO", softBank, Q.MeetingAboutStargate);
            Cite(CitationSubject.Person, Q.SeochoMeeting, c => c.Person = son);
            var chey = Person("Chey Tae-won", "Chairman", sk, Q.KoreanChiefs);
            var kim = Person("Kim Chang-han", "CEO", krafton, Q.KoreanChiefs);
            var chung = Person("Chung Shin-a", "CEO", kakao, Q.ChungOnCollaboration);

            var kanana = Product("Kanana", ProductKind.Application, kakao, "Kakao's upcoming AI agent app.", Q.KananaAndKakaoTalk);
            kanana.Release = PartialDate.HalfYear(2025, 1);
            kanana.ReleaseIsPlanned = true;
            var kakaoTalk = Product("KakaoTalk", ProductKind.Platform, kakao, "Kakao's messenger.", Q.KananaAndKakaoTalk);
            var chatGptEnterprise = Product(
                "ChatGPT Enterprise", ProductKind.Service, openAi, "An advanced AI tool set for the business-to-business (B2B) market.", Q.ChatGptEnterprise);

            var stargate = Deal(
                StargateName, DealKind.JointVenture, DealStage.Announced, Verification.Confirmed,
                "Joint venture of SoftBank, OpenAI and Oracle to build new AI infrastructure in the United States; SoftBank leads on finance, OpenAI on technology.",
                Q.Stargate);
            stargate.CountryCode = "US";
            stargate.Value = new Money(500_000_000_000m, "USD", MoneyQualifier.Exact);
            stargate.FxRate = new FxRate { CurrencyCode = "USD", Date = Published, RateToUsd = 1m, Source = "USD is the base currency: identity rate." };
            stargate.ValueUsd = 500_000_000_000m;
            Cite(CitationSubject.DealValue, Q.Stargate, c => c.Deal = stargate);
            Participant(stargate, softBank, ParticipantRole.EquityPartner, Verification.Confirmed, Q.Stargate);
            Participant(stargate, softBank, ParticipantRole.FinancialLead, Verification.Confirmed, Q.StargateLeadsAndPartners);
            Participant(stargate, openAi, ParticipantRole.EquityPartner, Verification.Confirmed, Q.Stargate);
            Participant(stargate, openAi, ParticipantRole.TechnologyLead, Verification.Confirmed, Q.StargateLeadsAndPartners);
            Participant(stargate, oracle, ParticipantRole.EquityPartner, Verification.Confirmed, Q.Stargate);
            Participant(stargate, arm, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.StargateLeadsAndPartners);
            Participant(stargate, microsoft, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.StargateLeadsAndPartners);
            Participant(stargate, nvidia, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.StargateLeadsAndPartners);
            // "Industry insiders believe": a rumour about Samsung, not a confirmed stake.
            Participant(stargate, samsung, ParticipantRole.PotentialPartner, Verification.Rumored, Q.SamsungUnderConsideration);
            // No stage-change entries where the article gives no date the stage took effect (Stargate's
            // announcement, the start of the talks below): the history holds only dated, cited changes.

            var openAiKakao = Deal(
                OpenAiKakaoName, DealKind.StrategicPartnership, DealStage.Signed, Verification.Confirmed,
                "OpenAI models in Kakao's Kanana agent app, KakaoTalk and other services; ChatGPT Enterprise deployed inside Kakao.",
                Q.KakaoPressEvent);
            openAiKakao.AnnouncedOn = PartialDate.Day(2025, 2, 4);
            Cite(CitationSubject.DealDate, Q.KakaoPressEvent, c => c.Deal = openAiKakao);
            Participant(openAiKakao, openAi, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.KananaAndKakaoTalk);
            Participant(openAiKakao, kakao, ParticipantRole.Customer, Verification.Confirmed, Q.ChatGptEnterprise);
            DealProduct(openAiKakao, kanana, DealProductRole.IntegratesPartnerTechnology, Q.KananaAndKakaoTalk);
            DealProduct(openAiKakao, kakaoTalk, DealProductRole.IntegratesPartnerTechnology, Q.KananaAndKakaoTalk);
            DealProduct(openAiKakao, chatGptEnterprise, DealProductRole.DeployedAtPartner, Q.ChatGptEnterprise);
            DealPerson(openAiKakao, altman, DealPersonRole.Executive, Q.KakaoPressEvent);
            DealPerson(openAiKakao, chung, DealPersonRole.Spokesperson, Q.ChungOnCollaboration);
            Stage(openAiKakao, DealStage.Signed, PartialDate.Day(2025, 2, 4), Q.KakaoPressEvent);

            var localized = Deal(
                LocalizedProductName, DealKind.ResearchCollaboration, DealStage.InTalks, Verification.Confirmed,
                "OpenAI and Kakao will co-develop a localized AI product for Korea; format, investment amount and deadline not yet set.",
                Q.LocalizedProduct);
            localized.ParentDeal = openAiKakao;
            localized.CountryCode = "KR";
            localized.Value = Money.Undisclosed();
            Cite(CitationSubject.DealValue, Q.LocalizedProduct, c => c.Deal = localized);
            Participant(localized, openAi, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.LocalizedProduct);
            Participant(localized, kakao, ParticipantRole.TechnologyPartner, Verification.Confirmed, Q.LocalizedProduct);

            var hardware = Deal(
                SamsungHardwareName, DealKind.ResearchCollaboration, DealStage.InTalks, Verification.Reported,
                "Possible collaboration between OpenAI and Samsung on AI-specific hardware, which Altman said could be done through partnerships.",
                Q.SamsungHardwareTalks);
            Participant(hardware, openAi, ParticipantRole.TechnologyPartner, Verification.Reported, Q.SamsungHardwareTalks);
            Participant(hardware, samsung, ParticipantRole.TechnologyPartner, Verification.Reported, Q.SamsungHardwareTalks);
            DealPerson(hardware, altman, DealPersonRole.Spokesperson, Q.SamsungHardwareTalks);

            var seocho = Event(
                "Samsung–OpenAI–SoftBank meeting in Seoul", EventKind.Meeting, Verification.Reported, PartialDate.Day(2025, 2, 4),
                "Samsung Electronics' Seocho District office building, southern Seoul",
                "Closed-door meeting to discuss possible collaborations on AI and the Stargate project.",
                [lee, altman, son], [samsung, openAi, softBank], [stargate], Q.SeochoMeeting);
            Cite(CitationSubject.Event, Q.SummitDate, c => c.Event = seocho);
            Cite(CitationSubject.Event, Q.MeetingAboutStargate, c => c.Event = seocho);
            Event(
                "Kakao press event with OpenAI", EventKind.PressEvent, Verification.Confirmed, PartialDate.Day(2025, 2, 4), "Central Seoul",
                "Kakao's press event that formalized its collaboration with OpenAI.",
                [altman, chung], [kakao, openAi], [openAiKakao], Q.KakaoPressEvent);
            Event(
                "Sam Altman meets SK Group Chairman Chey Tae-won", EventKind.Meeting, Verification.Reported, PartialDate.Day(2025, 2, 4), "Seoul",
                "Planned: Altman was visiting Seoul to meet Korean conglomerate chiefs over potential partnerships.",
                [altman, chey], [openAi, sk], [], Q.KoreanChiefs);
            Event(
                "Sam Altman meets Krafton CEO Kim Chang-han", EventKind.Meeting, Verification.Reported, PartialDate.Day(2025, 2, 4), "Seoul",
                "Planned: Altman was visiting Seoul to meet Korean conglomerate chiefs over potential partnerships.",
                [altman, kim], [openAi, krafton], [], Q.KoreanChiefs);
            Event(
                "Sam Altman interview with Nihon Keizai", EventKind.Interview, Verification.Reported, PartialDate.Day(2025, 2, 3), null,
                "Interview with the Japanese daily Nihon Keizai in which Altman spoke of AI-specific hardware through partnerships.",
                [altman], [openAi], [hardware], Q.SamsungHardwareTalks);
        }

        private Company Company(string name, string? country, string? sector, string quote, string? alias = null)
        {
            var company = new Company { Name = name, CountryCode = country, Sector = sector };
            if (alias is not null)
            {
                company.Aliases.Add(new CompanyAlias { Alias = alias });
            }

            db.Companies.Add(company);
            Cite(CitationSubject.Company, quote, c => c.Company = company);
            return company;
        }

        private Person Person(string name, string title, Company company, string quote)
        {
            var person = new Person { FullName = name, Title = title, Company = company };
            db.People.Add(person);
            Cite(CitationSubject.Person, quote, c => c.Person = person);
            return person;
        }

        private Product Product(string name, ProductKind kind, Company company, string description, string quote)
        {
            var product = new Product { Name = name, Kind = kind, Company = company, Description = description };
            db.Products.Add(product);
            Cite(CitationSubject.Product, quote, c => c.Product = product);
            return product;
        }

        private Deal Deal(string name, DealKind kind, DealStage stage, Verification verification, string summary, string quote)
        {
            var deal = new Deal { Name = name, Kind = kind, Stage = stage, Verification = verification, Summary = summary };
            db.Deals.Add(deal);
            Cite(CitationSubject.Deal, quote, c => c.Deal = deal);
            return deal;
        }

        private void Participant(Deal deal, Company company, ParticipantRole role, Verification verification, string quote)
        {
            var participant = new DealParticipant { Company = company, Role = role, Verification = verification };
            deal.Participants.Add(participant);
            Cite(CitationSubject.Participant, quote, c => (c.Deal, c.DealParticipant) = (deal, participant));
        }

        private void DealProduct(Deal deal, Product product, DealProductRole role, string quote)
        {
            var link = new DealProduct { Product = product, Role = role };
            deal.Products.Add(link);
            Cite(CitationSubject.DealProduct, quote, c => (c.Deal, c.DealProduct) = (deal, link));
        }

        private void DealPerson(Deal deal, Person person, DealPersonRole role, string quote)
        {
            var link = new DealPerson { Person = person, Role = role };
            deal.People.Add(link);
            Cite(CitationSubject.DealPerson, quote, c => (c.Deal, c.DealPerson) = (deal, link));
        }

        private void Stage(Deal deal, DealStage stage, PartialDate effectiveOn, string quote)
        {
            var change = new StageChange
            {
                ToStage = stage,
                EffectiveOn = effectiveOn,
                RecordedBy = RecordedBy,
                RecordedAtUtc = now,
                SourceArticle = article,
            };
            deal.StageHistory.Add(change);
            Cite(CitationSubject.StageChange, quote, c => (c.Deal, c.StageChange) = (deal, change));
        }

        private Event Event(
            string name, EventKind kind, Verification verification, PartialDate date, string? place, string description,
            Person[] attendees, Company[] companies, Deal[] deals, string quote)
        {
            var meeting = new Event { Name = name, Kind = kind, Verification = verification, Date = date, Place = place, Description = description };
            meeting.Attendees.AddRange(attendees.Select(p => new EventAttendee { Person = p }));
            meeting.Companies.AddRange(companies.Select(c => new EventCompany { Company = c }));
            meeting.Deals.AddRange(deals.Select(d => new EventDeal { Deal = d }));
            db.Events.Add(meeting);
            Cite(CitationSubject.Event, quote, c => c.Event = meeting);
            return meeting;
        }

        private void Cite(CitationSubject subject, string quote, Action<Citation> target)
        {
            var citation = new Citation { SourceArticle = article, Quote = quote, Subject = subject };
            target(citation);
            db.Citations.Add(citation);
        }
    }
}
