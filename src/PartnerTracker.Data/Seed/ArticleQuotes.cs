namespace PartnerTracker.Data.Seed;

/// <summary>
/// The sentences (or exact fragments) of the seed article that support each seeded fact. Each one must occur
/// verbatim in the article: a test checks it character for character, curly quotes included.
/// </summary>
internal static class ArticleQuotes
{
    public const string SummitInSeoul = "OpenAI and Japan’s SoftBank convened in Seoul on Tuesday for a high-profile AI summit.";

    public const string SeochoMeeting =
        "Samsung Electronics Executive Chair Lee Jae-yong, OpenAI CEO Sam Altman and SoftBank Group CEO Masayoshi Son held a closed-door meeting at Samsung’s Seocho District office building in southern Seoul to discuss possible collaborations on AI, according to industry sources.";

    public const string SummitDate =
        "a trilateral AI summit between leading companies from South Korea, the U.S., and Japan was held in Seoul on February 4.";

    public const string MeetingAboutStargate =
        "Samsung Electronics Executive Chairman Lee Jae-yong met with OpenAI CEO Sam Altman and SoftBank Chairman Masayoshi Son at Samsung’s Seocho office to discuss the AI infrastructure project ‘Stargate.’";

    public const string KoreanChiefs =
        "The meeting between Lee and Altman was anticipated as the OpenAI founder is visiting Seoul to meet with an array of Korean conglomerate chiefs on Tuesday over potential partnerships, including SK Group Chairman Chey Tae-won and Krafton CEO Kim Chang-han, but Son’s joining was a surprise to the industry.";

    public const string Stargate =
        "The trio is expected to discuss the Stargate project, a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle to build new AI infrastructure in the United States.";

    public const string KakaoPressEvent =
        "Altman briefly mentioned Stargate when pressed about other potential partnerships with Korean companies outside of Kakao at the messenger operator’s press event held in central Seoul on Tuesday, which formalized the two companies’ collaboration.";

    public const string StargateLeadsAndPartners =
        "With OpenAI and SoftBank each leading on the technological and financial fronts, the project includes key tech partners such as British chip designer Arm, owned by the Japanese bank, as well as Microsoft and Nvidia.";

    public const string ArmOwnedBySoftBank = "British chip designer Arm, owned by the Japanese bank";

    public const string SamsungUnderConsideration =
        "Industry insiders believe the project still requires expertise in building large-scale infrastructure and investment in semiconductors, and Samsung Electronics is under consideration as a potential partner to fill this gap as a leading chipmaker.";

    public const string SamsungHardwareTalks =
        "Other possible collaborations between OpenAI and Samsung involve developing AI-specific hardware, which Altman mentioned could be done “through partnerships” in an interview with Japanese daily Nihon Keizai on Monday.";

    public const string KananaAndKakaoTalk =
        "For its collaboration with Kakao, OpenAI’s advanced models will be integrated into the Korean platform’s upcoming AI agent app Kanana, which will be released in the first half of this year, as well as KakaoTalk and multitude of its other services.";

    public const string ChatGptEnterprise =
        "ChatGPT Enterprise, an advanced AI tool set for business-to-business (B2B) market, will be deployed within Kakao’s corporate system to boost productivity.";

    public const string LocalizedProduct =
        "Moreover, the two companies will co-develop a localized AI product for Korea, although the decision is still at the discussion stage and no specifics have been mentioned on the project’s format, the investment amount or a deadline.";

    public const string ChungOnCollaboration = "Kakao CEO Chung Shin-a described the collaboration as a “synergetic” partnership";

    public const string OpenAiUsKakaoKorean =
        "while the U.S. firm can use the Korean company as a bridge to expand into a local market characterized by dominant local platforms.";

    public const string DeepSeek = "the debut of Chinese startup DeepSeek’s low-cost AI model";
}
