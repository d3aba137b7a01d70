using System.Text.RegularExpressions;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>One sentence of the article, exactly as it stands in the text (so it can be cited verbatim).</summary>
/// <param name="Index">Its position among the article's sentences.</param>
/// <param name="Paragraph">The paragraph (line block) it belongs to.</param>
public sealed record Sentence(int Index, int Paragraph, string Text);

/// <summary>
/// Splits an article into sentences: at line breaks, and after . ! ? (with any closing quote) when a capital,
/// a digit, an opening quote or a bracket follows. Abbreviations such as "U.S." followed by a lower-case word or
/// a comma do not end a sentence. Every sentence is a verbatim substring of the text.
/// </summary>
public static partial class Sentences
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var start = 0;
            foreach (Match boundary in Boundary().Matches(line))
            {
                var end = boundary.Index + boundary.Groups["end"].Length;
                if (IsAbbreviation(line, boundary.Index))
                {
                    continue;
                }

                Add(line[start..end]);
                start = end;
            }

            Add(line[start..]);
            paragraph++;
        }

        return sentences;

        void Add(string candidate)
        {
            var sentence = candidate.Trim();
            if (sentence.Any(char.IsLetter))
            {
                sentences.Add(new Sentence(sentences.Count, paragraph, sentence));
            }
        }
    }

    /// <summary>"Mr." or an initial ("J. Smith") ends no sentence.</summary>
    private static bool IsAbbreviation(string line, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        var word = line[wordStart..stop];
        return word.Length == 1 && char.IsUpper(word[0]) && line[stop] == '.'
            || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jr" or "Sr" or "Inc" or "Corp" or "Co" or "Ltd" or "No" or "vs";
    }

    // The stop and any closing quotes, then space and something that starts a sentence.
    [GeneratedRegex(@"(?<end>[.!?][’”""')\]]*)(?=\s+[\p{Lu}\p{N}‘“""'\[(])")]
    private static partial Regex Boundary();
}
