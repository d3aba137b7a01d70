using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

/// <summary>A company proposed for what a user typed, and why (the name or alias it matched, and how closely).</summary>
public sealed record CompanyMatch(int Id, string Name, string MatchedText, int Distance)
{
    public bool IsExact => Distance == 0;

    public override string ToString() => MatchedText == Name ? Name : $"{Name} (alias {MatchedText})";
}

/// <summary>
/// Finds companies by name or alias, tolerating typos: the database scores candidates by how many of the typed
/// text's letter pairs their name or alias contains (so "Kakoa" still finds "Kakao"), returns the best few, and
/// only those few are ranked by edit distance here.
/// </summary>
public static class CompanyLookup
{
    public const int CandidateCount = 40;

    public static async Task<IReadOnlyList<CompanyMatch>> FindAsync(PartnerTrackerDbContext db, string? text, int max, CancellationToken cancellationToken)
    {
        var typed = Company.Normalize(text ?? "");
        if (typed.Length == 0)
        {
            return [];
        }

        if (typed.Length > Company.NameMaxLength)
        {
            typed = typed[..Company.NameMaxLength];
        }

        var candidates = await Candidates(db, typed).ToListAsync(cancellationToken);
        return candidates
            .Select(c => Best(c, typed))
            .Where(m => m.Distance <= Tolerance(typed) || m.MatchedText.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.MatchedText.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(m => m.Distance)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    /// <summary>The best-scoring companies for <paramref name="typed"/> (upper-cased), scored in the database.</summary>
    public static IQueryable<CompanyCandidate> Candidates(PartnerTrackerDbContext db, string typed)
    {
        var pairs = LetterPairs(typed);
        var company = Expression.Parameter(typeof(Company), "c");
        Expression score = Expression.Constant(0);
        foreach (var pair in pairs)
        {
            // (c.NormalizedName LIKE '%PA%' OR c.Aliases.Any(a => a.NormalizedAlias LIKE '%PA%')) ? 1 : 0
            Expression<Func<Company, bool>> hit = c =>
                EF.Functions.Like(c.NormalizedName, pair, TextSearch.Escape.ToString())
                || c.Aliases.Any(a => EF.Functions.Like(a.NormalizedAlias, pair, TextSearch.Escape.ToString()));
            var body = new ParameterReplacer(hit.Parameters[0], company).Visit(hit.Body);
            score = Expression.Add(score, Expression.Condition(body, Expression.Constant(1), Expression.Constant(0)));
        }

        var scoreOf = Expression.Lambda<Func<Company, int>>(score, company);
        return db.Companies.AsNoTracking()
            .OrderByDescending(scoreOf)
            .ThenBy(c => c.NormalizedName)
            .Take(CandidateCount)
            .Select(c => new CompanyCandidate(c.Id, c.Name, c.NormalizedName, c.Aliases.Select(a => new CompanyCandidate.Alias(a.Alias, a.NormalizedAlias)).ToList()));
    }

    /// <summary>How many edits a typed text of this length may contain and still match.</summary>
    private static int Tolerance(string typed) => typed.Length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        <= 10 => 2,
        _ => 3,
    };

    /// <summary>The closer of the name and the aliases; a whole-word match ("SoftBank") beats a prefix one.</summary>
    private static CompanyMatch Best(CompanyCandidate candidate, string typed)
    {
        var texts = candidate.Aliases.Select(a => (a.Text, a.Normalized)).Prepend((Text: candidate.Name, Normalized: candidate.NormalizedName));
        var best = texts
            .Select(t => (t.Text, Prefix: EditDistance.PrefixAware(typed, t.Normalized), Whole: EditDistance.Osa(typed, t.Normalized)))
            .OrderBy(t => t.Prefix).ThenBy(t => t.Whole)
            .First();
        return new CompanyMatch(candidate.Id, candidate.Name, best.Text, best.Prefix);
    }

    private static List<string> LetterPairs(string typed)
    {
        var pairs = new List<string>();
        for (var i = 0; i + 1 < typed.Length && pairs.Count < 12; i++)
        {
            var pair = typed.Substring(i, 2);
            if (!pair.Contains(' ', StringComparison.Ordinal))
            {
                pairs.Add(TextSearch.ContainsPattern(pair)!);
            }
        }

        return pairs.Count > 0 ? pairs.Distinct().ToList() : [TextSearch.ContainsPattern(typed)!];
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>A company the database scored as a likely match, with its aliases, before ranking by edit distance.</summary>
public sealed record CompanyCandidate(int Id, string Name, string NormalizedName, List<CompanyCandidate.Alias> Aliases)
{
    public sealed record Alias(string Text, string Normalized);
}
