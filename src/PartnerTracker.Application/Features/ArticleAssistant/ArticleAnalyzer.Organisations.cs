using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Organisations: stored companies by name or alias; unknown capitalised names that something marks as an
/// organisation (a title after it, a corporate suffix, a brand's inner capital, "chip designer Arm", a list of
/// backers, or being listed with another organisation); and, once one is known, every later mention of it.
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private readonly HashSet<string> organisationNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stored people, companies, products and deals named in the sentence, longest phrase first.</summary>
    private void FindKnownNames(TokenizedSentence sentence)
    {
        foreach (var run in sentence.Runs)
        {
            for (var length = Math.Min(run.Count, 5); length >= 1; length--)
            {
                for (var i = 0; i + length <= run.Count; i++)
                {
                    var (first, last) = (run[i], run[i + length - 1]);
                    if (Enumerable.Range(first.Index, length).Any(k => IsClaimed(sentence, sentence.Tokens[k])))
                    {
                        continue;
                    }

                    var phrase = sentence.Span(first, last);
                    if (length >= 2 && known.People.TryGetValue(phrase, out var person) && Claim(sentence, first, last, "person"))
                    {
                        AddMention(sentence, first, last, MentionKind.Person, Person($"person:{person.Id}", person.FullName, person.Id, person.Title, null, sentence));
                    }
                    else if (known.Companies.TryGetValue(phrase, out var company) && Claim(sentence, first, last, "company"))
                    {
                        AddMention(sentence, first, last, MentionKind.Company, CompanyKey(phrase, sentence));
                        organisationNames.Add(phrase);
                    }
                    else if (known.Products.TryGetValue(phrase, out var product) && Claim(sentence, first, last, "product"))
                    {
                        AddMention(sentence, first, last, MentionKind.Product, ProductKey(phrase, ProductKind.Other, sentence));
                    }
                    else if (known.Deals.TryGetValue(phrase, out var deal) && Claim(sentence, first, last, "deal"))
                    {
                        AddMention(sentence, first, last, MentionKind.Deal, DealKey(deal.Name, sentence));
                    }
                }
            }
        }
    }

    /// <summary>The key of the company a name stands for: a stored one, or a proposal to create (merged by name later).</summary>
    private string CompanyKey(string name, TokenizedSentence sentence)
    {
        name = name.Trim();
        if (known.Companies.TryGetValue(name, out var stored))
        {
            var key = $"company:{stored.Id}";
            if (!companies.ContainsKey(key))
            {
                companies[key] = new CompanyProposal
                {
                    Key = key, Name = stored.Name, ExistingId = stored.Id, Quote = sentence.Text,
                    Note = string.Equals(stored.Text, stored.Name, StringComparison.OrdinalIgnoreCase) ? null : $"named by its alias “{stored.Text}”",
                };
            }

            return key;
        }

        var newKey = $"new-company:{Company.Normalize(name)}";
        if (!companies.ContainsKey(newKey))
        {
            companies[newKey] = new CompanyProposal { Key = newKey, Name = name, Quote = sentence.Text };
        }

        return newKey;
    }

    /// <summary>Capitalised names not yet read, marked as organisations by what surrounds them.</summary>
    private void FindEvidencedOrganisations(TokenizedSentence sentence)
    {
        var candidates = Candidates(sentence);
        var organisations = new HashSet<Candidate>();
        foreach (var candidate in candidates)
        {
            if (HasOrganisationEvidence(sentence, candidate))
            {
                organisations.Add(candidate);
            }
        }

        // Listed with an organisation ("SoftBank, OpenAI and Oracle"; "Arm, owned by the Japanese bank, as well as Microsoft"): one too.
        var companyMentions = MentionsIn(sentence, MentionKind.Company).Select(m => (First: sentence.Tokens[m.First], Last: sentence.Tokens[m.Last])).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            var anchors = companyMentions.Concat(organisations.Select(o => (o.First, o.Last))).ToList();
            foreach (var candidate in candidates.Where(c => !organisations.Contains(c)))
            {
                if (anchors.Any(a => Listed(sentence, a.Last, candidate.First) || Listed(sentence, candidate.Last, a.First)))
                {
                    organisations.Add(candidate);
                    changed = true;
                }
            }
        }

        foreach (var organisation in organisations)
        {
            organisationNames.Add(organisation.Text);
        }
    }

    /// <summary>After every sentence was read: names known to be organisations (or people) anywhere are so everywhere.</summary>
    private void FindRemainingReferences(TokenizedSentence sentence)
    {
        foreach (var candidate in Candidates(sentence))
        {
            if (people.Values.FirstOrDefault(p => string.Equals(p.FullName, candidate.Text, StringComparison.OrdinalIgnoreCase)) is { } person
                && Claim(sentence, candidate.First, candidate.Last, "person"))
            {
                AddMention(sentence, candidate.First, candidate.Last, MentionKind.Person, person.Key);
            }
            else if (candidate.First == candidate.Last && personByNamePart.ContainsKey(candidate.Text))
            {
                var run = sentence.Runs.First(r => r.Contains(candidate.First));
                TryPersonReference(sentence, run, run.IndexOf(candidate.First));
            }
            else if (organisationNames.Contains(candidate.Text) && Claim(sentence, candidate.First, candidate.Last, "company"))
            {
                AddMention(sentence, candidate.First, candidate.Last, MentionKind.Company, CompanyKey(candidate.Text, sentence));
            }
        }
    }

    /// <summary>
    /// New companies named two ways in the article ("Samsung" and "Samsung Electronics", "SoftBank" and "SoftBank
    /// Group") become one, under the longer name, with the shorter as an alias.
    /// </summary>
    private void MergeNewCompanies()
    {
        var fresh = companies.Values.Where(c => c.IsNew).OrderByDescending(c => c.Name.Length).ToList();
        foreach (var shorter in fresh.OrderBy(c => c.Name.Length))
        {
            var longer = fresh.FirstOrDefault(l => l != shorter && companies.ContainsKey(l.Key)
                && l.Name.StartsWith(shorter.Name + " ", StringComparison.OrdinalIgnoreCase));
            var stored = known.Companies.Values.FirstOrDefault(k => k.Name.StartsWith(shorter.Name + " ", StringComparison.OrdinalIgnoreCase));
            if (longer is not null)
            {
                longer.Aliases.Add(shorter.Name);
                Remap(shorter.Key, longer.Key);
            }
            else if (stored is not null)
            {
                Remap(shorter.Key, CompanyKey(stored.Text, sentences[0]));
            }
        }
    }

    /// <summary>Points every reference to one company at another and drops the first.</summary>
    private void Remap(string from, string to)
    {
        companies.Remove(from);
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Company && m.Key == from))
        {
            mention.Key = to;
        }

        foreach (var person in people.Values.Where(p => p.CompanyKey == from))
        {
            person.CompanyKey = to;
        }
    }

    private bool HasOrganisationEvidence(TokenizedSentence sentence, Candidate candidate)
    {
        var last = candidate.Last;
        var before = candidate.First.Index > 0 ? sentence.Tokens[candidate.First.Index - 1] : null;
        var after = last.Index + 1 < sentence.Tokens.Count ? sentence.Tokens[last.Index + 1] : null;
        return sentence.Tokens.Skip(candidate.First.Index).Take(last.Index - candidate.First.Index + 1).Any(t => t.CamelCase)
            || (candidate.First != last && Lexicon.CorporateSuffixes.Contains(last.Text))
            || (before is not null && !before.Capitalised && Lexicon.OrganisationNouns.Contains(before.Text) && sentence.Gap(before, candidate.First) == " ")
            || (after is not null && Lexicon.Titles.Any(t => t[0] == after.Text) && sentence.Gap(last, after) == " ")
            || BackersBefore(sentence, candidate.First);
    }

    /// <summary>"... by X", "partners such as X", "including X": a list of companies starts right before.</summary>
    private static bool BackersBefore(TokenizedSentence sentence, Token first)
    {
        var head = sentence.Text[..first.Start];
        return head.EndsWith(" by ", StringComparison.Ordinal) && (head.Contains("invest", StringComparison.OrdinalIgnoreCase) || head.Contains("fund", StringComparison.OrdinalIgnoreCase) || head.Contains("backed", StringComparison.OrdinalIgnoreCase))
            || head.EndsWith("partners such as ", StringComparison.OrdinalIgnoreCase)
            || head.EndsWith("companies such as ", StringComparison.OrdinalIgnoreCase)
            || head.EndsWith("firms such as ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Two names one after the other in a list: ", ", " and ", ", and ", " as well as ", or an aside between commas before one of those.</summary>
    private static bool Listed(TokenizedSentence sentence, Token before, Token after)
    {
        if (before.Index >= after.Index)
        {
            return false;
        }

        var gap = sentence.Gap(before, after);
        return gap is ", " or " and " or ", and " or " or " or ", or " or " as well as " or ", as well as " or " & "
            || (gap.StartsWith(", ", StringComparison.Ordinal) && gap.Count(c => c == ',') == 2 && !gap.Contains('.', StringComparison.Ordinal)
                && (gap.EndsWith(", as well as ", StringComparison.Ordinal) || gap.EndsWith(", and ", StringComparison.Ordinal)));
    }

    /// <summary>Unread capitalised phrases of a sentence, cut at words that are never names (places, days, openers).</summary>
    private List<Candidate> Candidates(TokenizedSentence sentence)
    {
        var candidates = new List<Candidate>();
        foreach (var run in sentence.Runs)
        {
            var part = new List<Token>();
            foreach (var token in run.Append(null))
            {
                if (token is not null && !IsClaimed(sentence, token) && !Lexicon.NotNames.Contains(token.Text) && !token.Text.All(char.IsDigit))
                {
                    part.Add(token);
                    continue;
                }

                if (part.Count > 0)
                {
                    candidates.Add(new Candidate(part[0], part[^1], sentence.Span(part[0], part[^1])));
                    part = [];
                }
            }
        }

        return candidates;
    }

    private sealed record Candidate(Token First, Token Last, string Text);
}
