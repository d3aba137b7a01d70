using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Companies;

public sealed class CompanyEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private CompanyEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new CompanyEditor(database, new TestUser());
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Creates_a_company_with_aliases_and_an_owner()
    {
        var softBank = await IdOfAsync("SoftBank Group");

        var result = await editor.CreateAsync(new CompanyEditModel
        {
            Name = "  Stargate LLC ",
            Aliases = ["Stargate JV"],
            CountryCode = "us",
            Website = "https://stargate.example",
            ParentCompanyId = softBank,
        }, Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        var stored = (await editor.GetAsync(saved.Id, Cancel))!;
        Assert.Equal(("Stargate LLC", "US", softBank), (stored.Name, stored.CountryCode, stored.ParentCompanyId));
        Assert.Equal(["Stargate JV"], stored.Aliases);
    }

    public static TheoryData<string, string, Action<CompanyEditModel>> BadInput => new()
    {
        { "empty name", "Name", m => m.Name = "" },
        { "10,000-character name", "Name", m => m.Name = new string('n', 10_000) },
        { "same name in other case", "Name", m => m.Name = "KAKAO" },
        { "name that is another company's alias", "Name", m => m.Name = "softbank" },
        { "close to an existing name", "Name", m => m.Name = "Kakoa" },
        { "alias used by another company", "Aliases", m => (m.Name, m.Aliases) = ("Brand New Co", ["Samsung"]) },
        { "alias repeated", "Aliases", m => (m.Name, m.Aliases) = ("Brand New Co", ["BNC", "bnc"]) },
        { "alias equal to the name", "Aliases", m => (m.Name, m.Aliases) = ("Brand New Co", ["brand new co"]) },
        { "javascript website", "Website", m => (m.Name, m.Website) = ("Brand New Co", "javascript:alert(1)") },
        { "data website", "Website", m => (m.Name, m.Website) = ("Brand New Co", "data:text/html,x") },
        { "mixed-case javascript website", "Website", m => (m.Name, m.Website) = ("Brand New Co", "JaVaScRiPt:alert(1)") },
        { "country of three letters", "CountryCode", m => (m.Name, m.CountryCode) = ("Brand New Co", "USA") },
        { "unknown owner", "ParentCompanyId", m => (m.Name, m.ParentCompanyId) = ("Brand New Co", 9_999) },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_its_message_and_changes_nothing(string because, string field, Action<CompanyEditModel> spoil)
    {
        var model = new CompanyEditModel { Name = "Brand New Co" };
        spoil(model);
        var before = await SnapshotAsync();

        var result = await editor.CreateAsync(model, Cancel);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.True(invalid.Errors.ContainsKey(field), $"{because}: {invalid.Summary}");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_close_name_is_offered_as_the_existing_company_and_can_be_confirmed_as_another()
    {
        var refused = Assert.IsType<CommandResult.Invalid>(await editor.CreateAsync(new CompanyEditModel { Name = "Kakoa" }, Cancel));
        Assert.Contains("Kakao", refused.Errors["Name"][0], StringComparison.Ordinal);

        Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(new CompanyEditModel { Name = "Kakoa", AllowSimilarName = true }, Cancel));
    }

    [Fact]
    public async Task Ownership_cannot_go_round_in_a_circle()
    {
        var softBank = await IdOfAsync("SoftBank Group");
        var model = (await editor.GetAsync(softBank, Cancel))!;
        model.ParentCompanyId = await IdOfAsync("Arm");

        var result = await editor.UpdateAsync(softBank, model, cancellationToken: Cancel);

        Assert.Contains("circle", Assert.IsType<CommandResult.Invalid>(result).Errors["ParentCompanyId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_shows_both_values_and_writes_nothing()
    {
        var kakao = await IdOfAsync("Kakao");
        var mine = (await editor.GetAsync(kakao, Cancel))!;
        var theirs = (await editor.GetAsync(kakao, Cancel))!;
        theirs.Sector = "Messaging";
        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(kakao, theirs, cancellationToken: Cancel));
        mine.Sector = "Internet";
        var before = await SnapshotAsync();

        var conflict = Assert.IsType<CommandResult.Conflict>(await editor.UpdateAsync(kakao, mine, cancellationToken: Cancel));

        Assert.Contains(new FieldConflict("Sector", "Internet", "Messaging"), conflict.Fields);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_company_in_deals_cannot_be_deleted_and_the_message_names_them()
    {
        var oracle = await IdOfAsync("Oracle");
        var version = (await editor.GetAsync(oracle, Cancel))!.Version;
        var before = await SnapshotAsync();

        var result = await editor.DeleteAsync(oracle, version, Cancel);

        Assert.Contains("Stargate", Assert.IsType<CommandResult.Invalid>(result).Summary, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_company_nothing_depends_on_is_deleted_with_its_quotes()
    {
        var deepSeek = await IdOfAsync("DeepSeek");
        var version = (await editor.GetAsync(deepSeek, Cancel))!.Version;

        Assert.IsType<CommandResult.Saved>(await editor.DeleteAsync(deepSeek, version, Cancel));

        await using var db = database.CreateDbContext();
        Assert.False(await db.Companies.AnyAsync(c => c.Id == deepSeek, Cancel));
        Assert.False(await db.Citations.AnyAsync(c => c.CompanyId == deepSeek, Cancel));
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Companies.Where(c => c.Name == name).Select(c => c.Id).SingleAsync(Cancel);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = database.CreateDbContext();
        var companies = await db.Companies.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.Id}|{c.Name}|{c.CountryCode}|{c.Sector}|{c.Website}|{c.ParentCompanyId}|{c.Version}").ToListAsync(Cancel);
        var aliases = await db.CompanyAliases.AsNoTracking().OrderBy(a => a.Id).Select(a => a.CompanyId + a.Alias).ToListAsync(Cancel);
        return string.Join(";", companies) + "#" + string.Join(";", aliases) + "#" + await db.Citations.CountAsync(Cancel);
    }
}
