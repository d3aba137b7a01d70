using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using Q = PartnerTracker.Application.Tests.ArticleAssistant.SeedSentences;

namespace PartnerTracker.Application.Tests.ArticleAssistant;

/// <summary>The whole seed article, on an empty database and on one that holds the seed data.</summary>
public sealed class SeedArticleExtractionTests
{
    public static ArticleInput Article => new()
    {
        Title = ArticleSeed.ArticleTitle, Publisher = "Korea JoongAng Daily", Author = "Lee Jae-lim", PublishedOn = new DateOnly(2025, 2, 4), Text = ArticleSeed.ArticleText,
    };

    [Fact]
    public async Task On_an_empty_database_it_proposes_the_articles_deals_products_and_meeting_each_with_its_sentence()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        var proposals = await new ArticleExtractor(database, TimeProvider.System).ExtractAsync(Article, TestContext.Current.CancellationToken);

        Assert.Null(proposals.ExistingSourceId);
        Assert.All(proposals.Companies, c => Assert.True(c.IsNew));
        string Name(string key) => proposals.Company(key)!.Name;

        var stargate = proposals.Deals.Single(d => d.Name == "Stargate");
        Assert.True(stargate.IsNew);
        Assert.Equal((MoneyQualifier.Exact, 500_000_000_000m, "USD", Q.Stargate), (stargate.ValueQualifier, stargate.ValueAmount, stargate.ValueCurrency, stargate.ValueQuote));
        Assert.Equal(DealKind.JointVenture, stargate.Kind);
        Assert.Equal(["OpenAI", "Oracle", "SoftBank Group"],
            stargate.Participants.Where(p => p.Role == ParticipantRole.EquityPartner).Select(p => Name(p.CompanyKey)).Order(StringComparer.Ordinal));
        Assert.All(stargate.Participants.Where(p => p.Role == ParticipantRole.EquityPartner), p => Assert.Equal(Q.Stargate, p.Quote));
        Assert.Equal(["Arm", "Microsoft", "Nvidia"],
            stargate.Participants.Where(p => p.Role == ParticipantRole.TechnologyPartner).Select(p => Name(p.CompanyKey)).Order(StringComparer.Ordinal));
        Assert.All(stargate.Participants.Where(p => p.Role == ParticipantRole.TechnologyPartner), p => Assert.Equal(Q.StargateLeadsAndPartners, p.Quote));
        Assert.Equal(["SoftBank"], proposals.Companies.Single(c => c.Name == "SoftBank Group").Aliases);
        Assert.Equal(["Samsung"], proposals.Companies.Single(c => c.Name == "Samsung Electronics").Aliases);

        var kakao = proposals.Deals.Single(d => d.Name == "OpenAI–Kakao partnership");
        Assert.Equal(["Kakao", "OpenAI"], kakao.Participants.Select(p => Name(p.CompanyKey)).Order(StringComparer.Ordinal));
        Assert.All(kakao.Participants, p => Assert.Equal(Q.KananaAndKakaoTalk, p.Quote));
        var products = kakao.Products.ToDictionary(p => proposals.Product(p.ProductKey)!.Name);
        Assert.Equal(["ChatGPT Enterprise", "KakaoTalk", "Kanana"], products.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((DealProductRole.IntegratesPartnerTechnology, Q.KananaAndKakaoTalk), (products["Kanana"].Role, products["Kanana"].Quote));
        Assert.Equal((DealProductRole.IntegratesPartnerTechnology, Q.KananaAndKakaoTalk), (products["KakaoTalk"].Role, products["KakaoTalk"].Quote));
        Assert.Equal((DealProductRole.DeployedAtPartner, Q.ChatGptEnterprise), (products["ChatGPT Enterprise"].Role, products["ChatGPT Enterprise"].Quote));
        Assert.Equal("Kakao", Name(proposals.Products.Single(p => p.Name == "Kanana").CompanyKey!));
        Assert.Equal("OpenAI", Name(proposals.Products.Single(p => p.Name == "ChatGPT Enterprise").CompanyKey!));

        var meeting = proposals.Events.Single(e => e.Quotes.Contains(Q.SeochoMeeting));
        Assert.Equal((EventKind.Meeting, new DateOnly(2025, 2, 4), DatePrecision.Day), (meeting.Kind, meeting.Date, meeting.DatePrecision));
        Assert.Equal(["Lee Jae-yong", "Masayoshi Son", "Sam Altman"], meeting.AttendeeKeys.Select(k => proposals.Person(k)!.FullName).Order(StringComparer.Ordinal));
        Assert.Contains(Q.MeetingAboutStargate, meeting.Quotes);
        Assert.Contains(stargate.Key, meeting.DealKeys);

        // Every quote is a sentence of the article, character for character.
        var quotes = proposals.Companies.Select(c => c.Quote).Concat(proposals.People.Select(p => p.Quote)).Concat(proposals.Products.Select(p => p.Quote))
            .Concat(proposals.Deals.SelectMany(d => d.Participants.Select(p => p.Quote).Append(d.Quote))).Concat(proposals.Events.SelectMany(e => e.Quotes));
        Assert.All(quotes, q => Assert.Contains(q, ArticleSeed.ArticleText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_seed_data_present_it_matches_the_stored_records_instead_of_proposing_them_again()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: true);
        var proposals = await new ArticleExtractor(database, TimeProvider.System).ExtractAsync(Article, TestContext.Current.CancellationToken);

        Assert.NotNull(proposals.ExistingSourceId);
        foreach (var name in new[] { "SoftBank Group", "Samsung Electronics", "OpenAI", "Oracle", "Arm", "Microsoft", "Nvidia", "Kakao", "SK Group", "Krafton", "DeepSeek" })
        {
            Assert.NotNull(proposals.Companies.Single(c => c.Name == name).ExistingId);
        }

        Assert.All(proposals.People, p => Assert.NotNull(p.ExistingId));
        Assert.All(proposals.Products, p => Assert.NotNull(p.ExistingId));
        Assert.All(proposals.Deals, d => Assert.NotNull(d.ExistingId));
        Assert.Contains(proposals.Deals, d => d.ExistingName == ArticleSeed.StargateName);
        Assert.Contains(proposals.Deals, d => d.ExistingName == ArticleSeed.OpenAiKakaoName);
        Assert.All(proposals.Deals.SelectMany(d => d.Participants).Where(p => p.Role != ParticipantRole.Investor), p => Assert.True(p.AlreadyRecorded));
        Assert.All(proposals.Deals.SelectMany(d => d.Products), p => Assert.True(p.AlreadyRecorded));
        Assert.NotNull(proposals.Events.Single(e => e.Quotes.Contains(Q.SeochoMeeting)).ExistingId);
    }
}

/// <summary>Sentences of the seed article the tests expect as quotes (the seed's own ArticleQuotes are internal to the data layer).</summary>
internal static class SeedSentences
{
    public const string Stargate =
        "The trio is expected to discuss the Stargate project, a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle to build new AI infrastructure in the United States.";

    public const string StargateLeadsAndPartners =
        "With OpenAI and SoftBank each leading on the technological and financial fronts, the project includes key tech partners such as British chip designer Arm, owned by the Japanese bank, as well as Microsoft and Nvidia.";

    public const string KananaAndKakaoTalk =
        "For its collaboration with Kakao, OpenAI’s advanced models will be integrated into the Korean platform’s upcoming AI agent app Kanana, which will be released in the first half of this year, as well as KakaoTalk and multitude of its other services.";

    public const string ChatGptEnterprise =
        "ChatGPT Enterprise, an advanced AI tool set for business-to-business (B2B) market, will be deployed within Kakao’s corporate system to boost productivity.";

    public const string SeochoMeeting =
        "Samsung Electronics Executive Chair Lee Jae-yong, OpenAI CEO Sam Altman and SoftBank Group CEO Masayoshi Son held a closed-door meeting at Samsung’s Seocho District office building in southern Seoul to discuss possible collaborations on AI, according to industry sources.";

    public const string MeetingAboutStargate =
        "Samsung Electronics Executive Chairman Lee Jae-yong met with OpenAI CEO Sam Altman and SoftBank Chairman Masayoshi Son at Samsung’s Seocho office to discuss the AI infrastructure project ‘Stargate.’";
}
