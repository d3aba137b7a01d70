using System.Text.RegularExpressions;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>People: "[Organisation] Title Name" ("OpenAI CEO Sam Altman", "Executive Chair Lee Jae-yong"), stored people by name, and later mentions by surname.</summary>
public sealed partial class ArticleAnalyzer
{
    private readonly Dictionary<string, string> personByNamePart = new(StringComparer.Ordinal);

    private void FindTitledPeople(TokenizedSentence sentence)
    {
        foreach (var run in sentence.Runs)
        {
            for (var t = 0; t < run.Count; t++)
            {
                var title = Lexicon.Titles.FirstOrDefault(words => t + words.Length <= run.Count
                    && words.Select((w, k) => run[t + k].Text == w).All(same => same));
                if (title is null)
                {
                    continue;
                }

                var nameStart = t + title.Length;
                var nameLength = Math.Min(run.Count - nameStart, 3);
                while (nameLength >= 2 && !Enumerable.Range(nameStart, nameLength).All(i => IsNameWord(run[i].Text)))
                {
                    nameLength--;
                }

                if (nameLength < 2 || Enumerable.Range(nameStart, nameLength).Any(i => Lexicon.NotNames.Contains(run[i].Text)))
                {
                    continue;
                }

                var fullName = Phrase(sentence, run, nameStart, nameStart + nameLength - 1);
                string? companyKey = null;
                if (t > 0)
                {
                    var orgFrom = Enumerable.Range(0, t).FirstOrDefault(i => !Lexicon.NotNames.Contains(run[i].Text), -1);
                    if (orgFrom >= 0 && Claim(sentence, run[orgFrom], run[t - 1], "company"))
                    {
                        companyKey = CompanyKey(Phrase(sentence, run, orgFrom, t - 1), sentence);
                        AddMention(sentence, run[orgFrom], run[t - 1], MentionKind.Company, companyKey);
                    }
                }

                Claim(sentence, run[t], run[nameStart - 1], "title");
                if (Claim(sentence, run[nameStart], run[nameStart + nameLength - 1], "person"))
                {
                    var key = PersonKey(fullName, string.Join(' ', title), companyKey, sentence);
                    AddMention(sentence, run[nameStart], run[nameStart + nameLength - 1], MentionKind.Person, key);
                }

                t = nameStart + nameLength - 1;
            }
        }
    }

    /// <summary>A stored person, or the one already proposed under that name, or a new one.</summary>
    private string PersonKey(string fullName, string? title, string? companyKey, TokenizedSentence sentence)
    {
        if (known.People.TryGetValue(fullName, out var stored))
        {
            return Person($"person:{stored.Id}", stored.FullName, stored.Id, stored.Title, companyKey, sentence);
        }

        return Person($"new-person:{fullName.ToUpperInvariant()}", fullName, null, title, companyKey, sentence);
    }

    private string Person(string key, string fullName, int? existingId, string? title, string? companyKey, TokenizedSentence sentence)
    {
        if (!people.TryGetValue(key, out var person))
        {
            people[key] = person = new PersonProposal { Key = key, FullName = fullName, ExistingId = existingId, Title = title, Quote = sentence.Text };
            foreach (var part in fullName.Split(' ').Where(p => p.Length >= 3))
            {
                personByNamePart.TryAdd(part, key);
            }
        }

        person.Title ??= title;
        person.CompanyKey ??= companyKey;
        return key;
    }

    /// <summary>Surnames and given names of people already met ("Altman said") are references to them, never organisations.</summary>
    private bool TryPersonReference(TokenizedSentence sentence, List<Token> run, int index)
    {
        if (!personByNamePart.TryGetValue(run[index].Text, out var key) || !Claim(sentence, run[index], run[index], "person-ref"))
        {
            return false;
        }

        AddMention(sentence, run[index], run[index], MentionKind.Person, key);
        return true;
    }

    private static bool IsNameWord(string word) => NameWord().IsMatch(word);

    // "Sam", "Jae-yong", "Shin-a", "McDonald", "O'Brien"
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}*)?$")]
    private static partial Regex NameWord();
}
