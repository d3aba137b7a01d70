using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Reads an article, deterministically and with no outside service, into proposals: the companies, people,
/// products, deals and events it names, each with the sentence that says so. Stored records come in through
/// <see cref="KnownRecords"/>; everything else is proposed as new. The rules live in one file per family
/// (people, organisations, products, deals, events; money, dates and sentences apart).
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private readonly ArticleInput input;
    private readonly KnownRecords known;
    private readonly List<TokenizedSentence> sentences;
    private readonly Dictionary<(int Sentence, int Token), string> claims = [];
    private readonly List<Mention> mentions = [];
    private readonly Dictionary<string, CompanyProposal> companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonProposal> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProductProposal> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DealProposal> deals = new(StringComparer.Ordinal);
    private readonly List<EventProposal> events = [];
    private readonly List<MoneyMention> money = [];
    private readonly List<DateMention> dates = [];

    private ArticleAnalyzer(ArticleInput input, KnownRecords known)
    {
        this.input = input;
        this.known = known;
        sentences = Sentences.Split(input.Text).Select(s => new TokenizedSentence(s)).ToList();
    }

    /// <summary>Every phrase of up to five adjacent capitalised words: what is looked up among stored records.</summary>
    public static IReadOnlyCollection<string> CandidateNames(string text)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in Sentences.Split(text).Select(s => new TokenizedSentence(s)))
        {
            foreach (var run in sentence.Runs)
            {
                for (var i = 0; i < run.Count; i++)
                {
                    for (var j = i; j < run.Count && j < i + 5; j++)
                    {
                        names.Add(sentence.Span(run[i], run[j]));
                    }
                }
            }
        }

        return names;
    }

    public static ArticleProposals Analyze(ArticleInput input, KnownRecords known)
    {
        var analyzer = new ArticleAnalyzer(input, known);
        analyzer.Run();
        return analyzer.Result();
    }

    private void Run()
    {
        foreach (var sentence in sentences)
        {
            money.AddRange(MoneyRule.Find(sentence.Sentence));
            dates.AddRange(DateRule.Find(sentence.Sentence, input.PublishedOn));
            FindTitledPeople(sentence);
            FindKnownNames(sentence);
            FindProducts(sentence);
            FindNamedDeals(sentence);
            FindEvidencedOrganisations(sentence);
        }

        foreach (var sentence in sentences)
        {
            FindRemainingReferences(sentence);
        }

        MergeNewCompanies();
        foreach (var sentence in sentences)
        {
            FindDeals(sentence);
            FindDealProductsAndPeople(sentence);
            FindEvents(sentence);
        }

        MergeEvents();
    }

    private ArticleProposals Result()
    {
        var used = mentions.Where(m => m.Kind == MentionKind.Company).Select(m => m.Key).ToHashSet();
        return new ArticleProposals
        {
            Article = input,
            Companies = companies.Values.Where(c => used.Contains(c.Key)).ToList(),
            People = people.Values.ToList(),
            Products = products.Values.ToList(),
            Deals = deals.Values.ToList(),
            Events = events,
            Money = money,
            Dates = dates,
        };
    }

    /// <summary>Marks tokens as taken by a rule, so later rules do not read them again; false when any already is.</summary>
    private bool Claim(TokenizedSentence sentence, Token first, Token last, string by)
    {
        for (var i = first.Index; i <= last.Index; i++)
        {
            if (claims.ContainsKey((sentence.Sentence.Index, i)))
            {
                return false;
            }
        }

        for (var i = first.Index; i <= last.Index; i++)
        {
            claims[(sentence.Sentence.Index, i)] = by;
        }

        return true;
    }

    private bool IsClaimed(TokenizedSentence sentence, Token token) => claims.ContainsKey((sentence.Sentence.Index, token.Index));

    private void AddMention(TokenizedSentence sentence, Token first, Token last, MentionKind kind, string key) =>
        mentions.Add(new Mention(sentence.Sentence.Index, first.Index, last.Index, kind, key));

    private IEnumerable<Mention> MentionsIn(TokenizedSentence sentence, MentionKind kind) =>
        mentions.Where(m => m.Sentence == sentence.Sentence.Index && m.Kind == kind).OrderBy(m => m.First);

    /// <summary>The phrase of a run from token <paramref name="from"/> to <paramref name="to"/>, as written.</summary>
    private static string Phrase(TokenizedSentence sentence, IReadOnlyList<Token> run, int from, int to) => sentence.Span(run[from], run[to]);

    private enum MentionKind
    {
        Company,
        Person,
        Product,
        Deal,
    }

    /// <summary>A name found in a sentence (tokens <see cref="First"/>..<see cref="Last"/>) and the record it stands for.</summary>
    private sealed record Mention(int Sentence, int First, int Last, MentionKind Kind, string Key)
    {
        public string Key { get; set; } = Key;
    }
}
