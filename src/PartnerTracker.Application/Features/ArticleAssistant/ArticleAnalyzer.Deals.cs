using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Deals: named projects ("the Stargate project", "project ‘Stargate’") and stored deals by name; a partnership
/// between two organisations ("collaboration with Kakao", "collaborations between OpenAI and Samsung"); and what
/// later sentences say of the deal under discussion ("the project includes key tech partners such as ...").
/// Participants get the role the sentence gives them, and each role its sentence.
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private readonly HashSet<string> dealNames = new(StringComparer.OrdinalIgnoreCase);
    private string? lastDeal;

    private void FindNamedDeals(TokenizedSentence sentence)
    {
        foreach (Match m in NamedProject().Matches(sentence.Text))
        {
            var name = m.Groups["name"];
            var run = sentence.Runs.FirstOrDefault(r => r[0].Start == name.Index);
            var last = run?.LastOrDefault(t => t.End == name.Index + name.Length);
            if (run is null || last is null || Lexicon.NotNames.Contains(run[0].Text) || !Claim(sentence, run[0], last, "deal"))
            {
                continue;
            }

            dealNames.Add(name.Value);
            AddMention(sentence, run[0], last, MentionKind.Deal, DealKey(name.Value, sentence));
        }
    }

    private string DealKey(string name, TokenizedSentence sentence)
    {
        var stored = known.Deals.GetValueOrDefault(name);
        var key = stored is not null ? $"deal:{stored.Id}" : $"new-deal:{name.ToUpperInvariant()}";
        if (!deals.ContainsKey(key))
        {
            deals[key] = new DealProposal
            {
                Key = key, Name = stored?.Name ?? name, ExistingId = stored?.Id, ExistingName = stored?.Name, Quote = sentence.Text,
                Kind = KindOf(sentence.Text, DealKind.StrategicPartnership), Stage = StageOf(sentence.Text), Verification = VerificationOf(sentence.Text),
            };
        }

        return key;
    }

    private void FindDeals(TokenizedSentence sentence)
    {
        var orgs = MentionsIn(sentence, MentionKind.Company).ToList();
        var current = MentionsIn(sentence, MentionKind.Deal).Select(m => m.Key).FirstOrDefault();
        if (current is null && PairDeal(sentence, orgs) is { } pair)
        {
            current = pair;
        }

        if (current is null && DealReference().IsMatch(sentence.Text))
        {
            current = lastDeal;
        }

        if (current is null || !deals.TryGetValue(current, out var deal))
        {
            return;
        }

        lastDeal = current;
        if (deal.IsNew && deal.ValueQualifier is null && MoneyRule.Find(sentence.Sentence).FirstOrDefault() is { } value)
        {
            (deal.ValueQualifier, deal.ValueAmount, deal.ValueCurrency, deal.ValueQuote) = (value.Qualifier, value.Amount, value.Currency, sentence.Text);
            (deal.Kind, deal.Quote) = (KindOf(sentence.Text, deal.Kind), sentence.Text);
        }

        if (deal.IsNew && deal.AnnouncedOn is null && Announced().IsMatch(sentence.Text) && DateRule.Find(sentence.Sentence, input.PublishedOn).FirstOrDefault() is { } date)
        {
            (deal.AnnouncedOn, deal.AnnouncedPrecision, deal.AnnouncedQuote) = (date.Start, date.Precision, sentence.Text);
        }

        var verification = VerificationOf(sentence.Text);
        if (Backers().Match(sentence.Text) is { Success: true } backers)
        {
            var role = KindOf(sentence.Text, deal.Kind) == DealKind.JointVenture ? ParticipantRole.EquityPartner : ParticipantRole.Investor;
            foreach (var org in ListAt(sentence, orgs, backers.Index + backers.Length))
            {
                AddParticipant(deal, org.Key, role, verification, sentence);
            }
        }

        if (PartnersSuchAs().Match(sentence.Text) is { Success: true } partners)
        {
            var role = partners.Groups["kind"].Value.StartsWith("financ", StringComparison.OrdinalIgnoreCase) ? ParticipantRole.Investor : ParticipantRole.TechnologyPartner;
            foreach (var org in ListAt(sentence, orgs, partners.Index + partners.Length))
            {
                AddParticipant(deal, org.Key, role, verification, sentence);
            }
        }

        if (EachLeading().Match(sentence.Text) is { Success: true } leading)
        {
            var leaders = orgs.Where(o => sentence.Tokens[o.Last].End <= leading.Index).TakeLast(2).ToList();
            var fronts = new[] { leading.Groups["first"].Value, leading.Groups["second"].Value };
            for (var i = 0; i < Math.Min(leaders.Count, 2); i++)
            {
                var role = fronts[i].StartsWith("financ", StringComparison.OrdinalIgnoreCase) ? ParticipantRole.FinancialLead : ParticipantRole.TechnologyLead;
                AddParticipant(deal, leaders[i].Key, role, verification, sentence);
            }
        }

        if (PotentialPartner().Match(sentence.Text) is { Success: true } potential)
        {
            var subject = orgs.LastOrDefault(o => sentence.Tokens[o.Last].End <= potential.Index);
            if (subject is not null)
            {
                var rumoured = Rumour().IsMatch(sentence.Text) ? Verification.Rumored : Verification.Reported;
                AddParticipant(deal, subject.Key, ParticipantRole.PotentialPartner, rumoured, sentence);
            }
        }
    }

    /// <summary>"collaboration with X" (the other organisation of the sentence is the partner) or "between X and Y".</summary>
    private string? PairDeal(TokenizedSentence sentence, List<Mention> orgs)
    {
        Mention? a = null, b = null;
        if (Between().Match(sentence.Text) is { Success: true } between)
        {
            var after = orgs.Where(o => sentence.Tokens[o.First].Start >= between.Index + between.Length).ToList();
            if (after.Count >= 2 && sentence.Tokens[after[0].First].Start == between.Index + between.Length
                && sentence.Gap(sentence.Tokens[after[0].Last], sentence.Tokens[after[1].First]) == " and ")
            {
                (a, b) = (after[0], after[1]);
            }
        }
        else if (With().Match(sentence.Text) is { Success: true } with)
        {
            b = orgs.FirstOrDefault(o => sentence.Tokens[o.First].Start == with.Index + with.Length);
            a = b is null ? null : orgs.FirstOrDefault(o => o.Key != b.Key);
        }

        if (a is null || b is null || a.Key == b.Key)
        {
            return null;
        }

        var pairKey = $"new-deal:pair:{string.Join('|', new[] { a.Key, b.Key }.Order(StringComparer.Ordinal))}";
        if (!deals.TryGetValue(pairKey, out var deal))
        {
            deals[pairKey] = deal = new DealProposal
            {
                Key = pairKey, Name = $"{companies[a.Key].Name}–{companies[b.Key].Name} partnership", Quote = sentence.Text,
                Kind = KindOf(sentence.Text, DealKind.StrategicPartnership), Stage = StageOf(sentence.Text), Verification = VerificationOf(sentence.Text),
            };
        }

        var provider = ProviderOf(sentence, orgs);
        var usesIt = Uses().IsMatch(sentence.Text);
        foreach (var org in new[] { a, b })
        {
            var role = provider is null || !usesIt ? ParticipantRole.TechnologyPartner
                : org.Key == provider.Key ? ParticipantRole.TechnologyPartner : ParticipantRole.Customer;
            AddParticipant(deal, org.Key, role, deal.Verification, sentence);
        }

        return pairKey;
    }

    /// <summary>The organisation whose models or technology the sentence puts to use ("OpenAI’s advanced models").</summary>
    private static Mention? ProviderOf(TokenizedSentence sentence, List<Mention> orgs) =>
        orgs.FirstOrDefault(o => sentence.Tokens[o.Last].Possessive && Provider().IsMatch(sentence.Text[sentence.Tokens[o.Last].End..]));

    private static void AddParticipant(DealProposal deal, string companyKey, ParticipantRole role, Verification verification, TokenizedSentence sentence)
    {
        if (!deal.Participants.Any(p => p.CompanyKey == companyKey && p.Role == role))
        {
            deal.Participants.Add(new ParticipantProposal { CompanyKey = companyKey, Role = role, Verification = verification, Quote = sentence.Text });
        }
    }

    /// <summary>The organisations listed from a position on: the first must start there (after any article word), the rest follow as a list.</summary>
    private static List<Mention> ListAt(TokenizedSentence sentence, List<Mention> orgs, int position)
    {
        var list = new List<Mention>();
        foreach (var org in orgs.Where(o => sentence.Tokens[o.First].Start >= position))
        {
            if (list.Count == 0 ? sentence.Tokens[org.First].Start - position > 40 : !Listed(sentence, sentence.Tokens[list[^1].Last], sentence.Tokens[org.First]))
            {
                break;
            }

            list.Add(org);
        }

        return list;
    }

    private static DealKind KindOf(string text, DealKind fallback) =>
        text.Contains("joint venture", StringComparison.OrdinalIgnoreCase) ? DealKind.JointVenture
        : Regex.IsMatch(text, @"\bacqui(?:re|res|red|sition)\b", RegexOptions.IgnoreCase) ? DealKind.Acquisition
        : Regex.IsMatch(text, @"\b(?:co-develop|develop(?:ing)?|research)\b", RegexOptions.IgnoreCase) ? DealKind.ResearchCollaboration
        : Regex.IsMatch(text, @"\blicens", RegexOptions.IgnoreCase) ? DealKind.Licensing
        : Regex.IsMatch(text, @"\bsuppl(?:y|ies|ier)\b", RegexOptions.IgnoreCase) ? DealKind.Supply
        : fallback;

    private static DealStage StageOf(string text) =>
        Regex.IsMatch(text, @"\b(?:possible|potential|in talks|considering|under consideration|explor(?:e|ing))\b", RegexOptions.IgnoreCase) ? DealStage.InTalks
        : Regex.IsMatch(text, @"\b(?:formali[sz]ed|signed|sealed)\b", RegexOptions.IgnoreCase) ? DealStage.Signed
        : DealStage.Announced;

    private static Verification VerificationOf(string text) =>
        Rumour().IsMatch(text) ? Verification.Rumored
        : Regex.IsMatch(text, @"\b(?:announced|formali[sz]ed|confirmed|said in a statement)\b", RegexOptions.IgnoreCase) ? Verification.Confirmed
        : Verification.Reported;

    // "the Stargate project", "project ‘Stargate’"
    [GeneratedRegex(@"(?:\bthe\s+(?<name>\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*){0,2})\s+(?:project|initiative|joint venture|venture|consortium)\b)|(?:\b(?:project|initiative|venture)\s+[‘'“""](?<name>\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*){0,2}))")]
    private static partial Regex NamedProject();

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:project|venture|joint venture|initiative|partnership|collaboration|deal|alliance|agreement|consortium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DealReference();

    [GeneratedRegex(@"\b(?:invest\w*|fund\w*|backed|financ\w*)\b[^.]{0,60}?\bby\s+")]
    private static partial Regex Backers();

    [GeneratedRegex(@"\b(?<kind>tech\w*|financial|strategic|key|other)?\s*(?:tech\w*\s+)?partners\s+(?:such as|including)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PartnersSuchAs();

    // "With OpenAI and SoftBank each leading on the technological and financial fronts": respectively.
    [GeneratedRegex(@"\beach\s+lead(?:ing|s)?\s+on\s+the\s+(?<first>\w+)\s+and\s+(?<second>\w+)\s+(?:fronts|sides)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachLeading();

    [GeneratedRegex(@"\b(?:under consideration as a potential partner|potential partner|in talks to join|considering joining)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PotentialPartner();

    [GeneratedRegex(@"\b(?:according to (?:industry )?sources|industry (?:sources|insiders)|insiders|reportedly|believe[sd]?|rumou?r\w*|people familiar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rumour();

    [GeneratedRegex(@"\b(?:collaborations?|partnerships?|alliance|joint venture|tie-up|agreement|deal)\s+between\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?:collaboration|partnership|alliance|tie-up|agreement|deal)\s+with\s+", RegexOptions.IgnoreCase)]
    private static partial Regex With();

    [GeneratedRegex(@"^[’']s?\s+(?:[\p{L}-]+\s+){0,2}(?:models?|technolog(?:y|ies)|AI|chips?|software)\b")]
    private static partial Regex Provider();

    [GeneratedRegex(@"\b(?:integrat\w*|deploy\w*|utiliz\w*|utilis\w*|uses?|using|adopt\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Uses();

    [GeneratedRegex(@"\b(?:announced|formali[sz]ed|signed|unveiled|launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announced();
}
