using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Tests.ArticleAssistant;

/// <summary>Each extraction rule on a short sentence, with no stored records.</summary>
public sealed class ExtractionRuleTests
{
    private static readonly DateOnly Tuesday = new(2025, 2, 4);

    [Fact]
    public void Sentences_are_cut_at_stops_but_not_after_abbreviations_and_stay_verbatim()
    {
        const string text = "Samsung met OpenAI in the U.S., and Japan. Son was there on Tuesday.\n\n“It went well,” he said. Mr. Kim agreed.";
        var sentences = Sentences.Split(text).Select(s => s.Text).ToList();
        Assert.Equal(["Samsung met OpenAI in the U.S., and Japan.", "Son was there on Tuesday.", "“It went well,” he said.", "Mr. Kim agreed."], sentences);
        Assert.All(sentences, s => Assert.Contains(s, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A combined investment of $500 billion was pledged.", "USD", 500_000_000_000, MoneyQualifier.Exact)]
    [InlineData("The fund holds ₩1.2 trillion.", "KRW", 1_200_000_000_000, MoneyQualifier.Exact)]
    [InlineData("It paid ¥150 billion for the stake.", "JPY", 150_000_000_000, MoneyQualifier.Exact)]
    [InlineData("The deal is worth €2bn.", "EUR", 2_000_000_000, MoneyQualifier.Exact)]
    [InlineData("It may invest up to $100 billion.", "USD", 100_000_000_000, MoneyQualifier.UpTo)]
    [InlineData("They spent about 5 billion won on it.", "KRW", 5_000_000_000, MoneyQualifier.Approximately)]
    [InlineData("The round raised at least USD 40 million.", "USD", 40_000_000, MoneyQualifier.AtLeast)]
    public void Money_is_read_with_currency_scale_and_qualifier(string text, string currency, decimal amount, MoneyQualifier qualifier)
    {
        var found = Assert.Single(MoneyRule.Find(new Sentence(0, 0, text)));
        Assert.Equal((currency, amount, qualifier, text), (found.Currency, found.Amount, found.Qualifier, found.Quote));
    }

    [Theory]
    [InlineData("Terms of the deal were undisclosed.")]
    [InlineData("The companies did not disclose the price.")]
    public void An_undisclosed_value_is_read_as_such(string text)
    {
        var found = Assert.Single(MoneyRule.Find(new Sentence(0, 0, text)));
        Assert.Equal((MoneyQualifier.Undisclosed, (decimal?)null, (string?)null), (found.Qualifier, found.Amount, found.Currency));
    }

    [Fact]
    public void Numbers_that_are_not_money_are_left_alone()
    {
        Assert.Empty(MoneyRule.Find(new Sentence(0, 0, "The 3 chiefs met 500 times in 2025 and won 2 awards.")));
    }

    [Theory]
    [InlineData("They met on Tuesday.", "2025-02-04", DatePrecision.Day)]
    [InlineData("He spoke on Monday.", "2025-02-03", DatePrecision.Day)]
    [InlineData("It was held in Seoul on February 4.", "2025-02-04", DatePrecision.Day)]
    [InlineData("It was signed on 12 March 2024.", "2024-03-12", DatePrecision.Day)]
    [InlineData("It was signed on March 12, 2024.", "2024-03-12", DatePrecision.Day)]
    [InlineData("The filing is dated 2024-11-30.", "2024-11-30", DatePrecision.Day)]
    [InlineData("It launches in March 2026.", "2026-03-01", DatePrecision.Month)]
    [InlineData("It will be released in the first half of this year.", "2025-01-01", DatePrecision.HalfYear)]
    [InlineData("It closes in the second half of next year.", "2026-07-01", DatePrecision.HalfYear)]
    [InlineData("Results come in the third quarter of 2025.", "2025-07-01", DatePrecision.Quarter)]
    [InlineData("Revenue grew in Q4 2024.", "2024-10-01", DatePrecision.Quarter)]
    [InlineData("The plant opens in 2027.", "2027-01-01", DatePrecision.Year)]
    public void Dates_are_read_to_their_precision_relative_to_the_publication_date(string text, string start, DatePrecision precision)
    {
        var found = DateRule.Find(new Sentence(0, 0, text), Tuesday)[0];
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), precision), (found.Start, found.Precision));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(DateRule.Find(new Sentence(0, 0, "They met on Tuesday."), null));
    }

    [Fact]
    public void Title_Name_patterns_give_people_with_their_title_and_company()
    {
        var proposals = Analyze("Samsung Electronics Executive Chair Lee Jae-yong met OpenAI CEO Sam Altman.");
        var lee = proposals.People.Single(p => p.FullName == "Lee Jae-yong");
        var altman = proposals.People.Single(p => p.FullName == "Sam Altman");
        Assert.Equal(("Executive Chair", "Samsung Electronics"), (lee.Title, proposals.Company(lee.CompanyKey)?.Name));
        Assert.Equal(("CEO", "OpenAI"), (altman.Title, proposals.Company(altman.CompanyKey)?.Name));
        Assert.DoesNotContain(proposals.Companies, c => c.Name.Contains("Lee", StringComparison.Ordinal) || c.Name.Contains("CEO", StringComparison.Ordinal));
    }

    [Fact]
    public void Surnames_of_people_met_earlier_are_never_organisations()
    {
        var proposals = Analyze("SoftBank Group CEO Masayoshi Son arrived. Son was spotted entering the building, Altman said.");
        Assert.Equal(["SoftBank Group"], proposals.Companies.Select(c => c.Name));
    }

    [Theory]
    [InlineData("The chip designer Arm grew.", "Arm")]
    [InlineData("Shares of Krafton Holdings rose.", "Krafton Holdings")]
    [InlineData("The debut of Chinese startup DeepSeek’s model surprised many.", "DeepSeek")]
    [InlineData("Analysts watched OpenAI closely.", "OpenAI")]
    public void Unknown_organisations_are_proposed_when_something_marks_them(string text, string name)
    {
        Assert.Contains(name, Analyze(text).Companies.Select(c => c.Name));
    }

    [Fact]
    public void Names_listed_with_an_organisation_are_organisations_and_short_forms_are_aliases()
    {
        var proposals = Analyze("The venture is backed by investment from SoftBank, OpenAI and Oracle. SoftBank Group said so.");
        var softBank = proposals.Companies.Single(c => c.Name == "SoftBank Group");
        Assert.Equal(["SoftBank"], softBank.Aliases);
        Assert.Contains("Oracle", proposals.Companies.Select(c => c.Name));
    }

    [Fact]
    public void Places_days_and_sentence_openers_are_not_organisations()
    {
        var proposals = Analyze("On Tuesday, the Korean firm met in Seoul. Moreover, Japan agreed.");
        Assert.Empty(proposals.Companies);
    }

    [Fact]
    public void Products_come_from_a_product_noun_an_aside_or_a_list_with_a_product()
    {
        var proposals = Analyze(
            "For its collaboration with Kakao, OpenAI’s models will be integrated into the upcoming AI agent app Kanana, which will be released in the first half of this year, as well as KakaoTalk. "
            + "ChatGPT Enterprise, an advanced AI tool set for business, will be deployed within Kakao’s corporate system.");
        var kanana = proposals.Products.Single(p => p.Name == "Kanana");
        Assert.Equal((ProductKind.Application, "Kakao", new DateOnly(2025, 1, 1), DatePrecision.HalfYear),
            (kanana.Kind, proposals.Company(kanana.CompanyKey)?.Name, kanana.Release, kanana.ReleasePrecision));
        Assert.Equal("Kakao", proposals.Company(proposals.Products.Single(p => p.Name == "KakaoTalk").CompanyKey)?.Name);
        Assert.Equal("OpenAI", proposals.Company(proposals.Products.Single(p => p.Name == "ChatGPT Enterprise").CompanyKey)?.Name);
        Assert.DoesNotContain(proposals.Companies, c => c.Name is "Kanana" or "KakaoTalk" or "ChatGPT Enterprise");
    }

    [Fact]
    public void A_named_project_gets_its_value_kind_and_backers_as_equity_partners()
    {
        const string sentence = "They discussed the Stargate project, a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle.";
        var deal = Assert.Single(Analyze(sentence).Deals);
        Assert.Equal(("Stargate", DealKind.JointVenture, MoneyQualifier.Exact, 500_000_000_000m, "USD", sentence),
            (deal.Name, deal.Kind, deal.ValueQualifier, deal.ValueAmount, deal.ValueCurrency, deal.ValueQuote));
        Assert.Equal(3, deal.Participants.Count(p => p.Role == ParticipantRole.EquityPartner && p.Quote == sentence));
    }

    [Fact]
    public void Later_sentences_about_the_project_add_leads_partners_and_potential_partners()
    {
        var proposals = Analyze(
            "They discussed the Stargate project, a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle. "
            + "With OpenAI and SoftBank each leading on the technological and financial fronts, the project includes key tech partners such as British chip designer Arm, owned by the Japanese bank, as well as Microsoft and Nvidia. "
            + "Insiders believe the project needs chips, and Samsung Electronics is under consideration as a potential partner.");
        var deal = Assert.Single(proposals.Deals);
        string Role(ParticipantRole role) => string.Join(",", deal.Participants.Where(p => p.Role == role).Select(p => proposals.Company(p.CompanyKey)!.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Arm,Microsoft,Nvidia", Role(ParticipantRole.TechnologyPartner));
        Assert.Equal("OpenAI", Role(ParticipantRole.TechnologyLead));
        Assert.Equal("SoftBank", Role(ParticipantRole.FinancialLead));
        Assert.Equal("Samsung Electronics", Role(ParticipantRole.PotentialPartner));
        Assert.Equal(Verification.Rumored, deal.Participants.Single(p => p.Role == ParticipantRole.PotentialPartner).Verification);
    }

    [Fact]
    public void A_collaboration_between_two_organisations_is_a_draft_deal_with_both()
    {
        var deal = Assert.Single(Analyze("Other possible collaborations between OpenAI and Samsung Electronics involve developing AI-specific hardware.").Deals);
        Assert.Equal(("OpenAI–Samsung Electronics partnership", DealKind.ResearchCollaboration, DealStage.InTalks), (deal.Name, deal.Kind, deal.Stage));
        Assert.Equal(2, deal.Participants.Count);
    }

    [Fact]
    public void Sentences_about_the_same_meeting_become_one_event_citing_each()
    {
        var proposals = Analyze(
            "OpenAI CEO Sam Altman and SoftBank Group CEO Masayoshi Son held a closed-door meeting at Samsung’s office building in southern Seoul. "
            + "A summit was held on Monday. Sam Altman met with Masayoshi Son at the office on Tuesday.");
        var meeting = Assert.Single(proposals.Events);
        Assert.Equal((EventKind.Meeting, new DateOnly(2025, 2, 4), 2), (meeting.Kind, meeting.Date, meeting.Quotes.Count));
        Assert.Equal(["Masayoshi Son", "Sam Altman"], meeting.AttendeeKeys.Select(k => proposals.Person(k)!.FullName).Order(StringComparer.Ordinal));
        Assert.Equal("Samsung’s office building in southern Seoul", meeting.Place);
    }

    [Theory]
    [InlineData("Analysts expect Kakao to grow.")]
    [InlineData("ANALYSTS EXPECT KAKAO TO GROW.")]
    [InlineData("Analysts like Kakao’s plans.")]
    [InlineData("Analysts like Kakao's plans.")]
    [InlineData("Shares of Kakao Corp. rose.")]
    public void A_stored_company_is_matched_whatever_its_case_with_a_possessive_or_a_legal_suffix(string text)
    {
        var company = Assert.Single(Analyze(text, StoredKakaoAndHand()).Companies);
        Assert.Equal((1, "Kakao"), (company.ExistingId, company.Name));
    }

    [Fact]
    public void A_close_variant_of_a_stored_name_counts_as_that_name()
    {
        // What ArticleExtractor applies to every proposed new company against the stored ones ("Open AI", "Samsung Electronic").
        Assert.True(ArticleExtractor.IsSameName("Kakao Corp.", "Kakao"));
        Assert.True(ArticleExtractor.IsSameName("KAKAO", "Kakao"));
        Assert.True(ArticleExtractor.IsSameName("Kakoa", "Kakao"));
        Assert.True(ArticleExtractor.IsSameName("Samsung Electronic", "Samsung Electronics"));
        Assert.False(ArticleExtractor.IsSameName("Kakaobank", "Kakao"));
    }

    [Theory]
    [InlineData("On the other hand, kakao grew.")]
    [InlineData("Later the hand of the market moved.")]
    public void Prose_in_lower_case_is_not_read_as_a_stored_name(string text)
    {
        // A name is looked for where the text capitalises it. Stored names and aliases include ordinary words (Hand, Grant,
        // Block, Green, Oracle): matching lower-case prose would propose them from "on the other hand".
        Assert.Empty(Analyze(text, StoredKakaoAndHand()).Companies);
        Assert.Equal(2, Assert.Single(Analyze("Shares of Hand rose.", StoredKakaoAndHand()).Companies).ExistingId);
    }

    [Fact]
    public void Lower_case_words_never_become_new_organisations()
    {
        Assert.Empty(Analyze("The deal between kakao and openai was backed by investment from softbank, oracle and nvidia.").Companies);
    }

    /// <summary>Kakao (id 1) and Hand (id 2), as <see cref="KnownRecords.LoadAsync"/> would find them.</summary>
    private static KnownRecords StoredKakaoAndHand()
    {
        var known = new KnownRecords();
        known.Companies["Kakao"] = new KnownCompany(1, "Kakao", "Kakao");
        known.Companies["Hand"] = new KnownCompany(2, "Hand", "Hand");
        return known;
    }

    private static ArticleProposals Analyze(string text, KnownRecords? known = null) =>
        ArticleAnalyzer.Analyze(new ArticleInput { Title = "t", PublishedOn = Tuesday, Text = text }, known ?? KnownRecords.Empty);
}
