using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using static PartnerTracker.Application.Tests.Hostile.HostileCase;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>What hangs off a deal: participants, people, products, links to other deals, and the citations behind them.</summary>
public sealed class DealPartsHostileTests : HostileSuite
{
    private const int Missing = 999_999;

    private static readonly HostileTable Table = new()
    {
        ["Participant: no company"] = Invalid("CompanyId", "Pick a company, or create it.", a => Join(a, p => p.CompanyId = null)),
        ["Participant: company that does not exist"] = Invalid("CompanyId", "That company no longer exists.", a => Join(a, p => p.CompanyId = Missing)),
        ["Participant: forged role"] = Invalid("Role", "Role has no option '99'.", a => Join(a, p => p.Role = (ParticipantRole)99)),
        ["Participant: forged verification"] = Invalid("Verification", "Verification has no option '-3'.", a => Join(a, p => p.Verification = (Verification)(-3))),
        ["Participant: forged commitment qualifier"] = Invalid("CommitmentQualifier", "Commitment has no option '12'.", a => Join(a, p => p.CommitmentQualifier = (MoneyQualifier)12)),
        ["Participant: negative commitment"] = Invalid("CommitmentAmount", "Commitment must be more than zero.", a => Join(a, Commitment(-1m, "USD"))),
        ["Participant: decimal.MaxValue commitment"] = Invalid("CommitmentAmount", "Commitment above 100,000,000,000,000 is not a real deal value", a => Join(a, Commitment(decimal.MaxValue, "USD"))),
        ["Participant: commitment in a made-up currency"] = Invalid("CommitmentCurrency", "'XYZ' is not an ISO 4217 currency code we know", a => Join(a, Commitment(5m, "XYZ"))),
        ["Participant: same company twice in the same role"] = Invalid("Role", "SoftBank Group already takes part in this deal as EquityPartner.", async a =>
        {
            var softBank = await a.Company("SoftBank Group");
            return await Join(a, p => (p.CompanyId, p.Role) = (softBank, ParticipantRole.EquityPartner));
        }),
        ["Participant: deal that does not exist"] = NotFound("Deal 999999 no longer exists.", a => a.Participants.AddAsync(Missing, new ParticipantModel { CompanyId = 1 }, Arena.Cancel)),
        ["Participant removal: id that does not exist"] = NotFound("That participant was already removed.", a => a.Participants.RemoveAsync(Missing, Arena.Cancel)),

        ["Deal person: none picked"] = Invalid("PersonId", "Pick a person.", async a => await a.Connections.AddPersonAsync(await a.Stargate, null, DealPersonRole.Executive, Arena.Cancel)),
        ["Deal person: person that does not exist"] = Invalid("PersonId", "That person no longer exists.", async a => await a.Connections.AddPersonAsync(await a.Stargate, Missing, DealPersonRole.Executive, Arena.Cancel)),
        ["Deal person: forged role"] = Invalid("Role", "Role has no option '40'.", async a => await a.Connections.AddPersonAsync(await a.Stargate, await a.Person("Sam Altman"), (DealPersonRole)40, Arena.Cancel)),
        ["Deal person: the same person twice in the same role"] = Invalid("Role", "Sam Altman is already on this deal as Executive.", async a => await a.Connections.AddPersonAsync(await a.OpenAiKakao, await a.Person("Sam Altman"), DealPersonRole.Executive, Arena.Cancel)),
        ["Deal person: deal that does not exist"] = NotFound("Deal 999999 no longer exists.", async a => await a.Connections.AddPersonAsync(Missing, await a.Person("Sam Altman"), DealPersonRole.Executive, Arena.Cancel)),
        ["Deal product: product that does not exist"] = Invalid("ProductId", "That product no longer exists.", async a => await a.Connections.AddProductAsync(await a.Stargate, Missing, DealProductRole.CoDeveloped, Arena.Cancel)),
        ["Deal product: forged role"] = Invalid("Role", "Role has no option '8'.", async a => await a.Connections.AddProductAsync(await a.Stargate, await a.Product("Kanana"), (DealProductRole)8, Arena.Cancel)),
        ["Deal product: the same product twice in the same role"] = Invalid("Role", "Kanana is already on this deal as IntegratesPartnerTechnology.", async a => await a.Connections.AddProductAsync(await a.OpenAiKakao, await a.Product("Kanana"), DealProductRole.IntegratesPartnerTechnology, Arena.Cancel)),
        ["Deal link: a deal linked to itself"] = Invalid("OtherDealId", "A deal cannot be linked to itself.", async a => await a.Connections.AddLinkAsync(await a.Stargate, await a.Stargate, DealLinkKind.Related, Arena.Cancel)),
        ["Deal link: no other deal"] = Invalid("OtherDealId", "Pick the other deal.", async a => await a.Connections.AddLinkAsync(await a.Stargate, null, DealLinkKind.Related, Arena.Cancel)),
        ["Deal link: other deal that does not exist"] = Invalid("OtherDealId", "That deal no longer exists.", async a => await a.Connections.AddLinkAsync(await a.Stargate, Missing, DealLinkKind.Related, Arena.Cancel)),
        ["Deal link: forged kind"] = Invalid("Role", "Role has no option '5'.", async a => await a.Connections.AddLinkAsync(await a.Stargate, await a.OpenAiKakao, (DealLinkKind)5, Arena.Cancel)),
        ["Deal link: the same link twice"] = Invalid("OtherDealId", "These deals are already linked that way.", async a =>
        {
            var (from, to) = (await a.Stargate, await a.OpenAiKakao);
            Assert.IsType<CommandResult.Saved>(await a.Connections.AddLinkAsync(from, to, DealLinkKind.Related, Arena.Cancel));
            return () => a.Connections.AddLinkAsync(from, to, DealLinkKind.Related, Arena.Cancel);
        }),
        ["Deal link: a related link back the other way"] = Invalid("OtherDealId", "These deals are already linked that way.", async a =>
        {
            var (from, to) = (await a.Stargate, await a.OpenAiKakao);
            Assert.IsType<CommandResult.Saved>(await a.Connections.AddLinkAsync(from, to, DealLinkKind.Related, Arena.Cancel));
            return () => a.Connections.AddLinkAsync(to, from, DealLinkKind.Related, Arena.Cancel);
        }),
        ["Connection removal: forged connection kind"] = NotFound("That was already removed.", a => a.Connections.RemoveAsync((DealConnection)9, 1, Arena.Cancel)),
        ["Connection removal: id that does not exist"] = NotFound("That was already removed.", a => a.Connections.RemoveAsync(DealConnection.Person, Missing, Arena.Cancel)),

        ["Citation: empty quote"] = Invalid("Quote", "Quote is required.", a => Cite(a, c => c.Quote = "")),
        ["Citation: quote over 2,000 characters"] = Invalid("Quote", "Quote must be at most 2,000 characters (it has 2,001).", a => Cite(a, c => c.Quote = new string('q', 2_001))),
        ["Citation: control character in the quote"] = Invalid("Quote", "Quote contains control characters.", a => Cite(a, c => c.Quote = "Stargate\u0008")),
        ["Citation: forged fact"] = Invalid("Subject", "Fact has no option '99'.", a => Cite(a, c => c.Subject = (CitationSubject)99)),
        ["Citation: no source"] = Invalid("SourceArticleId", "Pick the source the sentence comes from.", a => Cite(a, c => c.SourceArticleId = null)),
        ["Citation: source that does not exist"] = Invalid("SourceArticleId", "That source no longer exists.", a => Cite(a, c => c.SourceArticleId = Missing)),
        ["Citation: a sentence the source does not contain"] = Invalid("Quote", "This sentence does not occur in the source's text", a => Cite(a, c => c.Quote = "Stargate will cost one trillion dollars.")),
        ["Citation: another deal's participant"] = Invalid("TargetId", "Pick one of this deal's participants.", async a =>
        {
            var otherDealsParticipant = await a.Read(db => db.DealParticipants.Where(p => p.Deal!.Name != "Stargate").Select(p => p.Id).FirstAsync(Arena.Cancel));
            return await Cite(a, c => (c.Subject, c.TargetId) = (CitationSubject.Participant, otherDealsParticipant));
        }),
        ["Citation: a deal fact without the deal"] = Invalid("TargetId", "Pick the deal.", a => Cite(a, c => c.DealId = null)),
        ["Citation removal: id that does not exist"] = NotFound("That citation was already removed.", a => a.Citations.RemoveAsync(Missing, Arena.Cancel)),

        ["Viewer: add participant"] = Viewer(async a => await a.Participants.AddAsync(await a.Stargate, new ParticipantModel { CompanyId = await a.Company("Kakao") }, Arena.Cancel)),
        ["Viewer: remove participant"] = Viewer(async a => await a.Participants.RemoveAsync(await a.Read(db => db.DealParticipants.Select(p => p.Id).FirstAsync(Arena.Cancel)), Arena.Cancel)),
        ["Viewer: add person to deal"] = Viewer(async a => await a.Connections.AddPersonAsync(await a.Stargate, await a.Person("Masayoshi Son"), DealPersonRole.Executive, Arena.Cancel)),
        ["Viewer: add product to deal"] = Viewer(async a => await a.Connections.AddProductAsync(await a.Stargate, await a.Product("Kanana"), DealProductRole.CoDeveloped, Arena.Cancel)),
        ["Viewer: link deals"] = Viewer(async a => await a.Connections.AddLinkAsync(await a.Stargate, await a.OpenAiKakao, DealLinkKind.Related, Arena.Cancel)),
        ["Viewer: remove person from deal"] = Viewer(async a => await a.Connections.RemoveAsync(DealConnection.Person, await a.Read(db => db.DealPeople.Select(p => p.Id).FirstAsync(Arena.Cancel)), Arena.Cancel)),
        ["Viewer: add citation"] = Viewer(a => Cite(a, _ => { })),
        ["Viewer: remove citation"] = Viewer(async a => await a.Citations.RemoveAsync(await a.Read(db => db.Citations.Select(c => c.Id).FirstAsync(Arena.Cancel)), Arena.Cancel)),
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_refused_and_changes_nothing(string name) => RunAsync(Table[name]);

    private static async Task<CommandResult> Join(Arena arena, Action<ParticipantModel> change)
    {
        var model = new ParticipantModel { CompanyId = await arena.Company("Kakao"), Role = ParticipantRole.Investor, Verification = Verification.Reported };
        change(model);
        return await arena.Participants.AddAsync(await arena.Stargate, model, Arena.Cancel);
    }

    private static Action<ParticipantModel> Commitment(decimal amount, string currency) =>
        p => (p.CommitmentQualifier, p.CommitmentAmount, p.CommitmentCurrency) = (MoneyQualifier.Exact, amount, currency);

    /// <summary>A citation of the article for Stargate, valid until <paramref name="change"/> spoils it.</summary>
    private static async Task<CommandResult> Cite(Arena arena, Action<CitationModel> change)
    {
        var article = await arena.Article;
        var quote = await arena.Read(db => db.Citations.Where(c => c.SourceArticleId == article).Select(c => c.Quote).FirstAsync(Arena.Cancel));
        var model = new CitationModel { SourceArticleId = article, Quote = quote, Subject = CitationSubject.Deal, DealId = await arena.Stargate };
        change(model);
        return await arena.Citations.AddAsync(model, Arena.Cancel);
    }
}
