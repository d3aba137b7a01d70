using System.Text.RegularExpressions;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>A word of a sentence, where it stands, and whether it is capitalised or possessive ("Kakao’s").</summary>
public sealed record Token(int Index, string Text, int Start, int End, bool Possessive)
{
    /// <summary>Starts with a capital, or carries one inside ("iPhone").</summary>
    public bool Capitalised => char.IsUpper(Text[0]) || (char.IsLower(Text[0]) && Text.Skip(1).Any(char.IsUpper));

    /// <summary>A capital right after a small letter ("OpenAI", "SoftBank", "iPhone"): a brand, not an ordinary word ("AI-specific" is not).</summary>
    public bool CamelCase => Text.Zip(Text.Skip(1)).Any(pair => char.IsLower(pair.First) && char.IsUpper(pair.Second));
}

/// <summary>A sentence cut into words and into runs of adjacent capitalised words (candidate names).</summary>
public sealed partial class TokenizedSentence
{
    public TokenizedSentence(Sentence sentence)
    {
        Sentence = sentence;
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(sentence.Text))
        {
            var text = m.Groups["word"].Value;
            tokens.Add(new Token(tokens.Count, text, m.Index, m.Index + text.Length, m.Groups["possessive"].Success));
        }

        Tokens = tokens;
        var runs = new List<List<Token>>();
        List<Token>? current = null;
        foreach (var token in tokens)
        {
            var joins = current is { Count: > 0 } && !current[^1].Possessive && Gap(current[^1], token) is " " or "\u00A0";
            if (token.Capitalised && (joins || current is null))
            {
                current ??= [];
                current.Add(token);
                continue;
            }

            if (current is not null)
            {
                runs.Add(current);
                current = null;
            }

            if (token.Capitalised)
            {
                current = [token];
            }
        }

        if (current is not null)
        {
            runs.Add(current);
        }

        Runs = runs;
    }

    public Sentence Sentence { get; }

    public string Text => Sentence.Text;

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Adjacent capitalised words with only a space between them; a possessive ends a run.</summary>
    public IReadOnlyList<List<Token>> Runs { get; }

    /// <summary>The text from the first token's start to the last token's end.</summary>
    public string Span(Token first, Token last) => Text[first.Start..last.End];

    /// <summary>What stands between two tokens ("", ", ", " and ").</summary>
    public string Gap(Token before, Token after) =>
        before.End <= after.Start ? Text[(before.End + (before.Possessive ? PossessiveLength(before) : 0))..after.Start] : "";

    private int PossessiveLength(Token token) =>
        token.End + 2 <= Text.Length && Text[token.End] is '’' or '\'' && Text[token.End + 1] == 's' ? 2 : 1;

    // A word (letters/digits, inner hyphens, dots or apostrophes), then a possessive ’s or ’ when there is one.
    [GeneratedRegex(@"(?<word>[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*)(?<possessive>[’']s?(?![\p{L}]))?")]
    private static partial Regex Word();
}
