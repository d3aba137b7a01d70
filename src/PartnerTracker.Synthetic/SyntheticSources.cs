using Bogus;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Synthetic;

internal static class SyntheticSources
{
    /// <summary>Publications that do not exist, on a reserved domain, so no synthetic quote is taken for a real one.</summary>
    private static readonly string[] Publishers = ["Synthetic Business Daily", "Example Tech Wire", "Sample Markets Review", "Placeholder Herald"];

    private static readonly string[] HeadlineVerbs = ["signs", "announces", "expands", "weighs", "closes", "confirms"];

    /// <summary>About one article per 200 deals (5 at the least, 500 at the most); returns their ids.</summary>
    public static async Task<IReadOnlyList<int>> AddAsync(PartnerTrackerDbContext db, Faker faker, int dealCount, CancellationToken cancellationToken)
    {
        var count = Math.Clamp(dealCount / 200, 5, 500);
        var articles = new List<SourceArticle>(count);
        for (var i = 1; i <= count; i++)
        {
            articles.Add(new SourceArticle
            {
                Title = $"{faker.Company.CompanyName()} {faker.PickRandom(HeadlineVerbs)} {faker.Company.Bs()}",
                Publisher = faker.PickRandom(Publishers),
                Url = $"https://news.example/synthetic/{i:D6}",
                PublishedOn = SyntheticCalendar.RandomDay(faker.Random),
                Language = "en",
            });
        }

        db.SourceArticles.AddRange(articles);
        await db.SaveChangesAsync(cancellationToken);
        return [.. articles.Select(a => a.Id)];
    }
}
