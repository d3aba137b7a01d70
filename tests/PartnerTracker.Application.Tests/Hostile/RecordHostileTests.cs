using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Domain;
using static PartnerTracker.Application.Tests.Hostile.HostileCase;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>
/// The records deals are made of (companies, people, products, events, sources): create, update and delete, each
/// through <see cref="VersionedEditor{TEntity, TModel}"/>, with bad input, duplicates, stale tokens and a Viewer.
/// </summary>
public sealed class RecordHostileTests : HostileSuite
{
    private const int Missing = 999_999;

    private static readonly HostileTable Table = new()
    {
        ["Company: empty name"] = Invalid("Name", "Name is required.", a => NewCompany(a, m => m.Name = "")),
        ["Company: overlong name"] = Invalid("Name", "Name must be at most 200 characters (it has 5,000).", a => NewCompany(a, m => m.Name = new string('c', 5_000))),
        ["Company: bell character in name"] = Invalid("Name", "Name contains control characters.", a => NewCompany(a, m => m.Name = "Acme\a")),
        ["Company: existing name in another case"] = Invalid("Name", "A company named “Samsung Electronics” already exists; open it instead.", a => NewCompany(a, m => m.Name = "  samsung ELECTRONICS ")),
        ["Company: name that is another company's alias"] = Invalid("Name", "“Samsung” is already an alias of Samsung Electronics; open it instead.", a => NewCompany(a, m => m.Name = "Samsung")),
        ["Company: alias that names another company"] = Invalid("Aliases", "The alias “OpenAI” already names OpenAI.", a => NewCompany(a, m => m.Aliases = ["OpenAI"])),
        ["Company: alias listed twice"] = Invalid("Aliases", "An alias is listed twice.", a => NewCompany(a, m => m.Aliases = ["Hostile", "HOSTILE"])),
        ["Company: alias that repeats its own name"] = Invalid("Aliases", "An alias repeats the company's own name.", a => NewCompany(a, m => m.Aliases = ["hostile industries"])),
        ["Company: control character in an alias"] = Invalid("Aliases", "contains control characters.", a => NewCompany(a, m => m.Aliases = ["HI\u001f"])),
        ["Company: three-letter country"] = Invalid("CountryCode", "Country must be a two-letter ISO 3166-1 code", a => NewCompany(a, m => m.CountryCode = "KOR")),
        ["Company: owner that does not exist"] = Invalid("ParentCompanyId", "The owner no longer exists.", a => NewCompany(a, m => m.ParentCompanyId = Missing)),
        ["Company: owned by its own subsidiary"] = Invalid("ParentCompanyId", "ownership cannot go round in a circle.", async a =>
            await UpdateCompany(a, await a.Company("SoftBank Group"), async m => m.ParentCompanyId = await a.Company("Arm"))),
        ["Company: owned by itself"] = Invalid("ParentCompanyId", "ownership cannot go round in a circle.", async a =>
        {
            var kakao = await a.Company("Kakao");
            return await UpdateCompany(a, kakao, m => Task.FromResult(m.ParentCompanyId = kakao));
        }),
        ["Company: update with a stale token"] = Conflict("Sector", a => Stale(a, a.Companies, a.Colleague.Companies, a.Company("Kakao"), m => m.Sector = "Theirs", m => m.Sector = "Mine")),
        ["Company: delete with a stale token"] = Conflict("Company", a => DeleteStale(a, a.Companies, a.Colleague.Companies, Created(a.Colleague.Companies.CreateAsync(new CompanyEditModel { Name = "Spare Corp", AllowSimilarName = true }, Arena.Cancel)), m => m.Sector = "Gaming")),
        ["Company: delete one that takes part in deals"] = Invalid("", "cannot be deleted while it takes part in the deal(s)", a => Delete(a, a.Companies, a.Company("Oracle"))),

        ["Person: whitespace-only name"] = Invalid("FullName", "Name is required.", a => NewPerson(a, m => m.FullName = "\u2003 \u3000")),
        ["Person: NUL in the native name"] = Invalid("NativeName", "Native name contains control characters.", a => NewPerson(a, m => m.NativeName = "이재\0용")),
        ["Person: direction override in the title"] = Invalid("Title", "Title contains invisible direction-changing characters", a => NewPerson(a, m => m.Title = "CEO \u202E")),
        ["Person: overlong title"] = Invalid("Title", "Title must be at most 200 characters", a => NewPerson(a, m => m.Title = new string('t', 201))),
        ["Person: company that does not exist"] = Invalid("CompanyId", "No company has the id 999999", a => NewPerson(a, m => m.CompanyId = Missing)),
        ["Person: update with a stale token"] = Conflict("Title", a => Stale(a, a.People, a.Colleague.People, a.Person("Chey Tae-won"), m => m.Title = "Theirs", m => m.Title = "Mine")),
        ["Person: delete with a stale token"] = Conflict("Person", a => DeleteStale(a, a.People, a.Colleague.People, Created(a.Colleague.People.CreateAsync(new PersonEditModel { FullName = "Spare Person" }, Arena.Cancel)), m => m.Title = "Chief executive")),
        ["Person: delete someone on a deal"] = Invalid("", "“Sam Altman” cannot be deleted: they are on", a => Delete(a, a.People, a.Person("Sam Altman"))),

        ["Product: empty name"] = Invalid("Name", "Name is required.", a => NewProduct(a, m => m.Name = "")),
        ["Product: forged kind"] = Invalid("Kind", "Kind has no option '31'.", a => NewProduct(a, m => m.Kind = (ProductKind)31)),
        ["Product: no company"] = Invalid("CompanyId", "Pick the company that owns the product.", a => NewProduct(a, m => m.CompanyId = null)),
        ["Product: company that does not exist"] = Invalid("CompanyId", "No company has the id 999999", a => NewProduct(a, m => m.CompanyId = Missing)),
        ["Product: the company's product name again"] = Invalid("Name", "Kakao already has a product named “Kanana”", a => NewProduct(a, m => m.Name = "Kanana")),
        ["Product: the company's product name in another case"] = Invalid("Name", "Kakao already has a product named “Kanana”", a => NewProduct(a, m => m.Name = "KANANA")),
        ["Product: half-year release that starts no half"] = Invalid("Release", "Release: a half-year date must be the first day of its half-year (for example 2025-01-01).", a => NewProduct(a, m => (m.Release, m.ReleasePrecision) = (new DateOnly(2025, 3, 1), DatePrecision.HalfYear))),
        ["Product: forged release precision"] = Invalid("Release", "Release has no precision '9'.", a => NewProduct(a, m => (m.Release, m.ReleasePrecision) = (new DateOnly(2025, 1, 1), (DatePrecision)9))),
        ["Product: update with a stale token"] = Conflict("Description", a => Stale(a, a.Products, a.Colleague.Products, a.Product("KakaoTalk"), m => m.Description = "Theirs", m => m.Description = "Mine")),
        ["Product: delete with a stale token"] = Conflict("Product", a => DeleteStale(a, a.Products, a.Colleague.Products, Created(a.Colleague.Products.CreateAsync(new ProductEditModel { Name = "Spare product", CompanyId = 1 }, Arena.Cancel)), m => m.Description = "Theirs")),
        ["Product: delete one that is in a deal"] = Invalid("", "“Kanana” cannot be deleted: it is in 1 deal", a => Delete(a, a.Products, a.Product("Kanana"))),

        ["Event: no date"] = Invalid("Date", "Date is required", a => NewEvent(a, m => m.Date = null)),
        ["Event: forged kind"] = Invalid("Kind", "Kind has no option '66'.", a => NewEvent(a, m => m.Kind = (EventKind)66)),
        ["Event: forged verification"] = Invalid("Verification", "Verification has no option '3'.", a => NewEvent(a, m => m.Verification = (Verification)3)),
        ["Event: dated in year 1"] = Invalid("Date", "Date must fall between 1900 and 2100.", a => NewEvent(a, m => m.Date = new DateOnly(1, 1, 1))),
        ["Event: attendee that does not exist"] = Invalid("AttendeeIds", "No person has the id 999999", a => NewEvent(a, m => m.AttendeeIds = [Missing])),
        ["Event: 201 companies"] = Invalid("CompanyIds", "At most 200 of them can be linked here (the list has 201).", a => NewEvent(a, m => m.CompanyIds = Enumerable.Range(1, 201).ToList())),
        ["Event: overlong place"] = Invalid("Place", "Place must be at most 300 characters", a => NewEvent(a, m => m.Place = new string('p', 301))),
        ["Event: escape sequence in the description"] = Invalid("Description", "Description contains control characters.", a => NewEvent(a, m => m.Description = "\u001b]0;pwned\u0007")),
        ["Event: delete with a stale token"] = Conflict("Event", a => DeleteStale(a, a.Events, a.Colleague.Events, a.Event("Kakao press event with OpenAI"), m => m.Place = "Pangyo")),
        ["Event: update with a stale token"] = Conflict("Place", a => Stale(a, a.Events, a.Colleague.Events, a.Event("Kakao press event with OpenAI"), m => m.Place = "Theirs", m => m.Place = "Mine")),

        ["Source: empty title"] = Invalid("Title", "Title is required.", a => NewSource(a, m => m.Title = "")),
        ["Source: NUL in the text"] = Invalid("Text", "Text contains control characters.", a => NewSource(a, m => m.Text = "An article\0with a NUL")),
        ["Source: broken character in the text"] = Invalid("Text", "Text contains a broken character", a => NewSource(a, m => m.Text = "An article \uDC00")),
        ["Source: text over 200,000 characters"] = Invalid("Text", "The text must be at most 200,000 characters", a => NewSource(a, m => m.Text = new string('x', 200_001))),
        ["Source: published in the future"] = Invalid("PublishedOn", "The publication date must be a real date, not in the future.", a => NewSource(a, m => m.PublishedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1))),
        ["Source: published in year 1"] = Invalid("PublishedOn", "The publication date must be a real date, not in the future.", a => NewSource(a, m => m.PublishedOn = new DateOnly(1, 1, 1))),
        ["Source: retrieved in year 1"] = Invalid("RetrievedOn", "The retrieval date must be a real date, not in the future.", a => NewSource(a, m => m.RetrievedOn = new DateOnly(1, 1, 1))),
        ["Source: retrieved in 9999"] = Invalid("RetrievedOn", "The retrieval date must be a real date, not in the future.", a => NewSource(a, m => m.RetrievedOn = new DateOnly(9999, 12, 31))),
        ["Source: overlong language"] = Invalid("Language", "Language must be at most 20 characters", a => NewSource(a, m => m.Language = new string('l', 21))),
        ["Source: the same URL twice"] = Invalid("Url", "This URL is already recorded as “First copy”.", async a =>
        {
            Assert.IsType<CommandResult.Saved>(await a.Sources.CreateAsync(new SourceEditModel { Title = "First copy", Url = "https://example.org/a" }, Arena.Cancel));
            return () => NewSource(a, m => m.Url = "  https://example.org/a\t");
        }),
        ["Source: update with a stale token"] = Conflict("Author", async a =>
        {
            var id = await a.Article;
            return await Stale(a, a.Sources, a.Colleague.Sources, Task.FromResult(id), m => m.Author = "Theirs", m => m.Author = "Mine");
        }),
        ["Source: delete with a stale token"] = Conflict("Source", a => DeleteStale(a, a.Sources, a.Colleague.Sources, Created(a.Colleague.Sources.CreateAsync(new SourceEditModel { Title = "Uncited" }, Arena.Cancel)), m => m.Author = "Theirs")),
        ["Source: delete one that supports facts"] = Invalid("", "remove those citations first.", async a => await Delete(a, a.Sources, a.Article)),

        ["Viewer: create company"] = Viewer(a => NewCompany(a, _ => { })),
        ["Viewer: update company"] = Viewer(async a => await UpdateCompany(a, await a.Company("Kakao"), m => Task.FromResult(m.Sector = "Viewer's"))),
        ["Viewer: delete company"] = Viewer(a => Delete(a, a.Companies, a.Company("Krafton"))),
        ["Viewer: create person"] = Viewer(a => NewPerson(a, _ => { })),
        ["Viewer: update person"] = Viewer(a => Stale(a, a.People, null, a.Person("Chey Tae-won"), _ => { }, m => m.Title = "Viewer's")),
        ["Viewer: delete person"] = Viewer(a => Delete(a, a.People, a.Person("Kim Chang-han"))),
        ["Viewer: create product"] = Viewer(a => NewProduct(a, _ => { })),
        ["Viewer: update product"] = Viewer(a => Stale(a, a.Products, null, a.Product("KakaoTalk"), _ => { }, m => m.Description = "Viewer's")),
        ["Viewer: delete product"] = Viewer(a => Delete(a, a.Products, a.Product("KakaoTalk"))),
        ["Viewer: create event"] = Viewer(a => NewEvent(a, _ => { })),
        ["Viewer: update event"] = Viewer(a => Stale(a, a.Events, null, a.Event("Kakao press event with OpenAI"), _ => { }, m => m.Place = "Viewer's")),
        ["Viewer: delete event"] = Viewer(a => Delete(a, a.Events, a.Event("Kakao press event with OpenAI"))),
        ["Viewer: create source"] = Viewer(a => NewSource(a, _ => { })),
        ["Viewer: update source"] = Viewer(a => Stale(a, a.Sources, null, a.Article, _ => { }, m => m.Author = "Viewer's")),
        ["Viewer: delete source"] = Viewer(async a =>
        {
            var id = Assert.IsType<CommandResult.Saved>(await a.Colleague.Sources.CreateAsync(new SourceEditModel { Title = "Uncited" }, Arena.Cancel)).Id;
            var version = (await a.Sources.GetAsync(id, Arena.Cancel))!.Version;
            return () => a.Sources.DeleteAsync(id, version, Arena.Cancel);
        }),
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_refused_and_changes_nothing(string name) => RunAsync(Table[name]);

    private static Task<CommandResult> NewCompany(Arena arena, Action<CompanyEditModel> change)
    {
        var model = new CompanyEditModel { Name = "Hostile Industries", CountryCode = "KR", AllowSimilarName = true };
        change(model);
        return arena.Companies.CreateAsync(model, Arena.Cancel);
    }

    private static async Task<CommandResult> UpdateCompany(Arena arena, int id, Func<CompanyEditModel, Task> change)
    {
        var model = (await arena.Companies.GetAsync(id, Arena.Cancel))!;
        await change(model);
        return await arena.Companies.UpdateAsync(id, model, cancellationToken: Arena.Cancel);
    }

    private static Task<CommandResult> NewPerson(Arena arena, Action<PersonEditModel> change)
    {
        var model = new PersonEditModel { FullName = "Hostile Person", Title = "CEO" };
        change(model);
        return arena.People.CreateAsync(model, Arena.Cancel);
    }

    private static async Task<CommandResult> NewProduct(Arena arena, Action<ProductEditModel> change)
    {
        var model = new ProductEditModel { Name = "Hostile product", Kind = ProductKind.Application, CompanyId = await arena.Company("Kakao") };
        change(model);
        return await arena.Products.CreateAsync(model, Arena.Cancel);
    }

    private static Task<CommandResult> NewEvent(Arena arena, Action<EventEditModel> change)
    {
        var model = new EventEditModel { Name = "Hostile summit", Date = new DateOnly(2025, 2, 4), DatePrecision = DatePrecision.Day };
        change(model);
        return arena.Events.CreateAsync(model, Arena.Cancel);
    }

    private static Task<CommandResult> NewSource(Arena arena, Action<SourceEditModel> change)
    {
        var model = new SourceEditModel { Title = "A hostile source", Url = "https://example.org/hostile" };
        change(model);
        return arena.Sources.CreateAsync(model, Arena.Cancel);
    }

    /// <summary>
    /// The user opens the record; a colleague (when given) saves <paramref name="theirs"/>; the user then saves
    /// <paramref name="mine"/> with the token they opened it with.
    /// </summary>
    private static async Task<Func<Task<CommandResult>>> Stale<TEntity, TModel>(
        Arena arena, VersionedEditor<TEntity, TModel> editor, VersionedEditor<TEntity, TModel>? colleague, Task<int> record, Action<TModel> theirs, Action<TModel> mine)
        where TEntity : class, IVersioned
        where TModel : class, IEditModel
    {
        var id = await record;
        var model = (await editor.GetAsync(id, Arena.Cancel))!;
        if (colleague is not null)
        {
            var other = (await colleague.GetAsync(id, Arena.Cancel))!;
            theirs(other);
            Assert.IsType<CommandResult.Saved>(await colleague.UpdateAsync(id, other, cancellationToken: Arena.Cancel));
        }

        mine(model);
        return () => editor.UpdateAsync(id, model, cancellationToken: Arena.Cancel);
    }

    /// <summary>The user opens the record to delete it; meanwhile a colleague saves a change to it.</summary>
    private static async Task<Func<Task<CommandResult>>> DeleteStale<TEntity, TModel>(
        Arena arena, VersionedEditor<TEntity, TModel> editor, VersionedEditor<TEntity, TModel> colleague, Task<int> record, Action<TModel> theirs)
        where TEntity : class, IVersioned
        where TModel : class, IEditModel
    {
        var id = await record;
        var version = (await editor.GetAsync(id, Arena.Cancel))!.Version;
        var other = (await colleague.GetAsync(id, Arena.Cancel))!;
        theirs(other);
        Assert.IsType<CommandResult.Saved>(await colleague.UpdateAsync(id, other, cancellationToken: Arena.Cancel));
        return () => editor.DeleteAsync(id, version, Arena.Cancel);
    }

    private static async Task<int> Created(Task<CommandResult> create) => Assert.IsType<CommandResult.Saved>(await create).Id;

    private static async Task<Func<Task<CommandResult>>> Delete<TEntity, TModel>(Arena arena, VersionedEditor<TEntity, TModel> editor, Task<int> record)
        where TEntity : class, IVersioned
        where TModel : class, IEditModel
    {
        var id = await record;
        var version = (await editor.GetAsync(id, Arena.Cancel))!.Version;
        return () => editor.DeleteAsync(id, version, Arena.Cancel);
    }
}
