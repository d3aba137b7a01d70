using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Products;

public sealed class ProductEditorTests : SeededDatabaseTests
{
    private ProductEditor editor = null!;
    private int kakaoId;

    protected override async Task InitializeAsync(SqliteTestDatabase database)
    {
        editor = new ProductEditor(database, new TestUser(), AppMapping.Mapper);
        kakaoId = await database.CompanyAsync("Kakao");
    }

    [Fact]
    public async Task Creates_a_product_with_its_owner_and_a_planned_release_at_its_precision()
    {
        var result = await editor.CreateAsync(ValidModel(), Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = Database.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.Id == saved.Id, Cancel);
        Assert.Equal(("Kakao Pay AI", ProductKind.Service, kakaoId, null), (product.Name, product.Kind, product.CompanyId, product.Description));
        Assert.Equal((PartialDate.Quarter(2025, 3), true), (product.Release, product.ReleaseIsPlanned));
    }

    [Fact]
    public async Task The_same_name_is_fine_for_another_company()
    {
        var openAiId = await Database.CompanyAsync("OpenAI");

        var result = await editor.CreateAsync(ValidModel(m => (m.Name, m.CompanyId) = ("Kanana", openAiId)), Cancel);

        Assert.IsType<CommandResult.Saved>(result);
    }

    [Fact]
    public async Task Edits_a_product_and_clears_its_release()
    {
        var id = await Database.ProductAsync("Kanana");
        var model = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal((new DateOnly(2025, 1, 1), DatePrecision.HalfYear, true), (model.Release, model.ReleasePrecision, model.ReleaseIsPlanned));
        (model.Release, model.ReleasePrecision, model.ReleaseIsPlanned) = (null, null, false);
        model.Description = "Kakao's AI agent app.";

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, model, cancellationToken: Cancel));

        var stored = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal((null, null, "Kakao's AI agent app."), (stored.Release, stored.ReleasePrecision, stored.Description));
        Assert.NotEqual(model.Version, stored.Version);
    }

    [Fact]
    public async Task Keeping_its_own_name_is_no_duplicate()
    {
        var id = await Database.ProductAsync("Kanana");
        var model = (await editor.GetAsync(id, Cancel))!;
        model.Kind = ProductKind.Service;

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, model, cancellationToken: Cancel));
    }

    public static TheoryData<string, string, string, Action<ProductEditModel>> BadInput => new()
    {
        { "empty name", "Name", "Name is required.", m => m.Name = "" },
        { "10,000-character name", "Name", "at most 200", m => m.Name = new string('x', 10_000) },
        { "control characters", "Name", "control characters", m => m.Name = "Kanana\u0008" },
        { "forged kind", "Kind", "no option '99'", m => m.Kind = (ProductKind)99 },
        { "10,000-character description", "Description", "at most 4,000", m => m.Description = new string('x', 10_000) },
        { "no company", "CompanyId", "Pick the company", m => m.CompanyId = null },
        { "unknown company", "CompanyId", "No company has the id 9999", m => m.CompanyId = 9_999 },
        { "precision contradicting the date", "Release", "first day of its half-year", m => (m.Release, m.ReleasePrecision) = (new DateOnly(2025, 2, 4), DatePrecision.HalfYear) },
        { "date without precision", "Release", "say how precise", m => m.ReleasePrecision = null },
        { "forged precision", "Release", "no precision", m => m.ReleasePrecision = (DatePrecision)9 },
        { "duplicate name for the same company", "Name", "Kakao already has a product named “Kanana”", m => m.Name = "Kanana" },
        { "duplicate name in other case and spacing", "Name", "Kakao already has a product named “KakaoTalk”", m => m.Name = "  KAKAOTALK " },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public Task Bad_input_is_refused_with_a_message_beside_the_field_and_changes_nothing(string because, string field, string message, Action<ProductEditModel> spoil) =>
        AssertRefusedAsync(because, field, message, () => editor.CreateAsync(ValidModel(spoil), Cancel));

    [Fact]
    public async Task Renaming_onto_a_sibling_is_refused_and_changes_nothing()
    {
        var id = await Database.ProductAsync("KakaoTalk");
        var model = (await editor.GetAsync(id, Cancel))!;
        model.Name = "kanana";

        await AssertRefusedAsync("a sibling's name", "Name", "Kakao already has a product named “Kanana”", () => editor.UpdateAsync(id, model, cancellationToken: Cancel));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_each_field_both_values_and_nothing_written()
    {
        var id = await Database.ProductAsync("Kanana");
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        (theirs.Release, theirs.ReleasePrecision, theirs.ReleaseIsPlanned) = (new DateOnly(2025, 3, 1), DatePrecision.Month, false);
        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, theirs, cancellationToken: Cancel));
        mine.Release = new DateOnly(2025, 7, 1);
        var before = await SnapshotAsync();

        var result = await editor.UpdateAsync(id, mine, cancellationToken: Cancel);

        var conflict = Assert.IsType<CommandResult.Conflict>(result);
        Assert.Equal([new FieldConflict("Release", "H2 2025 (planned)", "Mar 2025")], conflict.Fields);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_a_product_in_a_deal_is_refused_naming_the_deal()
    {
        var id = await Database.ProductAsync("ChatGPT Enterprise");
        var before = await SnapshotAsync();

        var preview = (await editor.DescribeDeletionAsync(id, Cancel))!;
        var result = await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel);

        var message = Assert.IsType<CommandResult.Invalid>(result).Summary;
        Assert.Equal((false, message), (preview.Allowed, preview.Message));
        Assert.Equal($"“ChatGPT Enterprise” cannot be deleted: it is in 1 deal ({ArticleSeed.OpenAiKakaoName}). Take it off those first.", message);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deletes_a_product_in_no_deal_with_the_citations_about_it()
    {
        var id = Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(ValidModel(), Cancel)).Id;
        await using (var db = Database.CreateDbContext())
        {
            var source = await db.SourceArticles.Select(s => s.Id).FirstAsync(Cancel);
            db.Citations.Add(new Citation { SourceArticleId = source, Subject = CitationSubject.Product, ProductId = id, Quote = "Kakao Pay AI is coming." });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.True((await editor.DescribeDeletionAsync(id, Cancel))!.Allowed);
        Assert.IsType<CommandResult.Saved>(await editor.DeleteAsync(id, (await editor.GetAsync(id, Cancel))!.Version, Cancel));

        await using var check = Database.CreateDbContext();
        Assert.False(await check.Products.AnyAsync(p => p.Id == id, Cancel));
        Assert.False(await check.Citations.AnyAsync(c => c.ProductId == id, Cancel));
    }

    private ProductEditModel ValidModel(Action<ProductEditModel>? change = null)
    {
        var model = new ProductEditModel
        {
            Name = " Kakao Pay AI ",
            Kind = ProductKind.Service,
            Description = " ",
            CompanyId = kakaoId,
            Release = new DateOnly(2025, 7, 1),
            ReleasePrecision = DatePrecision.Quarter,
            ReleaseIsPlanned = true,
        };
        change?.Invoke(model);
        return model;
    }
}
