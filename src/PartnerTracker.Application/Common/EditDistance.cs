namespace PartnerTracker.Application.Common;

/// <summary>Edit distances for matching what people type against names.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each count
    /// one ("Samsnug" is one edit from "Samsung").
    /// </summary>
    public static int Osa(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The distance from what was typed to the name, or to the name's beginning when the user is still typing
    /// ("Kak" is zero edits from "Kakao").
    /// </summary>
    public static int PrefixAware(string typed, string name) =>
        Math.Min(Osa(typed, name), Osa(typed, name[..Math.Min(name.Length, typed.Length)]));
}
