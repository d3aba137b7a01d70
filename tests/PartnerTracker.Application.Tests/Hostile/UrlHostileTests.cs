using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Sources;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>
/// Every URL field (a source's URL, a company's website) against addresses that are not plain absolute http(s):
/// script and data schemes in any case, disguised with leading whitespace or control characters, relative and
/// protocol-relative paths, and a user name that makes one host look like another.
/// </summary>
public sealed class UrlHostileTests : HostileSuite
{
    private const string NotHttp = "The URL must be an absolute http:// or https:// address.";
    private const string UserInfo = "The URL must not carry a user name or password";

    private static readonly (string Label, string Url, string Message)[] BadUrls =
    [
        ("javascript:", "javascript:alert(document.cookie)", NotHttp),
        ("JaVaScRiPt: in mixed case", "JaVaScRiPt:alert(1)", NotHttp),
        ("javascript: after leading spaces", "   javascript:alert(1)", NotHttp),
        ("javascript: after a no-break space", "\u00A0javascript:alert(1)", NotHttp),
        ("javascript: split by a tab", "java\tscript:alert(1)", "contains control characters"),
        ("data: HTML", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", NotHttp),
        ("vbscript:", "vbscript:msgbox(1)", NotHttp),
        ("file:", "file:///etc/passwd", NotHttp),
        ("ftp:", "ftp://example.org/file", NotHttp),
        ("mailto:", "mailto:someone@example.org", NotHttp),
        ("relative path", "news/articles/1", NotHttp),
        ("root-relative path", "/admin", NotHttp),
        ("protocol-relative", "//evil.example/x", NotHttp),
        ("backslash protocol-relative", "\\\\evil.example\\x", NotHttp),
        ("https without slashes", "https:evil.example/x", NotHttp),
        ("backslashes for slashes", "http:\\\\evil.example\\x", NotHttp),
        ("https with no host", "https://", NotHttp),
        ("a user name that disguises the host", "https://www.joongang.co.kr@evil.example/article", UserInfo),
        ("a user name and password", "https://user:secret@example.org/", UserInfo),
        ("a line break inside", "https://example.org/\nhttps://evil.example", "contains control characters"),
    ];

    private static readonly HostileTable Table = Build();

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_refused_and_changes_nothing(string name) => RunAsync(Table[name]);

    /// <summary>What must still pass: the rule is not refusing everything.</summary>
    [Theory]
    [InlineData("https://www.example.org/a?b=c#d")]
    [InlineData("HTTPS://WWW.EXAMPLE.ORG/Path")]
    [InlineData("http://example.org:8080/")]
    [InlineData("https://bücher.example/straße")]
    [InlineData("https://news.example/기사/1")]
    public void Plain_absolute_http_urls_pass(string url)
    {
        Assert.Null(Rules.HttpUrl(url));
        Assert.Null(CompanyRules.Validate(new CompanyEditModel { Name = "Any", Website = url }).ToResult().Errors.GetValueOrDefault("Website")?.FirstOrDefault());
    }

    private static HostileTable Build()
    {
        var table = new HostileTable();
        foreach (var (label, url, message) in BadUrls)
        {
            table[$"Source URL: {label}"] = HostileCase.Invalid(nameof(SourceEditModel.Url), message, a =>
                a.Sources.CreateAsync(new SourceEditModel { Title = "A hostile source", Url = url }, Arena.Cancel));
            table[$"Company website: {label}"] = HostileCase.Invalid(nameof(CompanyEditModel.Website), message, a =>
                a.Companies.CreateAsync(new CompanyEditModel { Name = "Hostile Web Corp", Website = url, AllowSimilarName = true }, Arena.Cancel));
        }

        table["Company website: an existing company's site changed to javascript:"] = HostileCase.Invalid(nameof(CompanyEditModel.Website), NotHttp, async a =>
        {
            var kakao = await a.Company("Kakao");
            var model = (await a.Companies.GetAsync(kakao, Arena.Cancel))!;
            model.Website = "javascript:alert(1)";
            return await a.Companies.UpdateAsync(kakao, model, cancellationToken: Arena.Cancel);
        });
        table["Source URL: over 850 characters"] = HostileCase.Invalid(nameof(SourceEditModel.Url), "URL must be at most 850 characters", a =>
            a.Sources.CreateAsync(new SourceEditModel { Title = "Long", Url = "https://example.org/" + new string('a', 840) }, Arena.Cancel));
        table["Company website: over 2,048 characters"] = HostileCase.Invalid(nameof(CompanyEditModel.Website), "Website must be at most 2,048 characters", a =>
            a.Companies.CreateAsync(new CompanyEditModel { Name = "Long Web Corp", Website = "https://example.org/" + new string('a', 2_040), AllowSimilarName = true }, Arena.Cancel));
        return table;
    }
}
