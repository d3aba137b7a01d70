using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Application.Features.ArticleAssistant.Fetching;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.ArticleAssistant;

/// <summary>Fetching by URL against a local server: metadata and text read, schemes, addresses, size and time refused.</summary>
public sealed class ArticleFetcherTests : IDisposable
{
    private readonly HttpListener server = new();
    private readonly int port;
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource slowResponseReleased = new();

    public ArticleFetcherTests()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        _ = ServeAsync();
    }

    private string Local(string path) => $"http://127.0.0.1:{port}{path}";

    public void Dispose()
    {
        slowResponseReleased.TrySetResult();
        stop.Cancel();
        server.Close();
        stop.Dispose();
    }

    [Fact]
    public async Task A_saved_article_page_gives_title_author_publisher_date_and_main_text()
    {
        var result = await Fetcher().FetchAsync(Local("/article.html"), TestContext.Current.CancellationToken);

        var article = Assert.IsType<ArticleInput>(result.Article);
        Assert.Null(result.Error);
        Assert.Equal(ArticleSeed.ArticleTitle, article.Title);
        Assert.Equal(("Lee Jae-lim", "Korea JoongAng Daily", new DateOnly(2025, 2, 4)), (article.Author, article.Publisher, article.PublishedOn));
        Assert.Equal(Local("/article.html"), article.Url);
        Assert.StartsWith("OpenAI and Japan’s SoftBank convened in Seoul", article.Text, StringComparison.Ordinal);
        Assert.Contains(SeedSentences.Stargate, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_final_address_kept()
    {
        var result = await Fetcher().FetchAsync(Local("/moved"), TestContext.Current.CancellationToken);
        Assert.Equal(Local("/article.html"), result.Article?.Url);
    }

    [Theory]
    [InlineData("ftp://example.org/article")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task Other_schemes_are_refused(string url)
    {
        var result = await Fetcher().FetchAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal((null, "Only absolute http:// or https:// addresses can be fetched."), (result.Article, result.Error));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/article.html")]
    [InlineData("http://localhost:{port}/article.html")]
    [InlineData("http://[::1]:{port}/article.html")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://[::ffff:172.16.0.1]/")]
    public async Task Loopback_private_and_link_local_addresses_are_refused_unless_configured(string url)
    {
        var result = await Fetcher(allowPrivate: false).FetchAsync(url.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), TestContext.Current.CancellationToken);
        Assert.Null(result.Article);
        Assert.Contains("resolves to an address that is not public", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:192.168.1.1", false)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("2002:a9fe:a9fe::1", false)]
    public void Only_public_unicast_addresses_are_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_redirect_to_another_scheme_or_too_many_redirects_is_refused()
    {
        Assert.Contains("redirects to ftp:", (await Fetcher().FetchAsync(Local("/to-ftp"), TestContext.Current.CancellationToken)).Error, StringComparison.Ordinal);
        Assert.Contains("redirects more than 5 times", (await Fetcher().FetchAsync(Local("/loop"), TestContext.Current.CancellationToken)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused_whether_or_not_it_says_its_length()
    {
        var fetcher = Fetcher(maxBytes: 100_000);
        Assert.Contains("larger than 0.1 MB", (await fetcher.FetchAsync(Local("/big"), TestContext.Current.CancellationToken)).Error, StringComparison.Ordinal);
        Assert.Contains("larger than 0.1 MB", (await fetcher.FetchAsync(Local("/big-chunked"), TestContext.Current.CancellationToken)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_does_not_answer_in_time_is_given_up()
    {
        var result = await Fetcher(timeout: TimeSpan.FromMilliseconds(300)).FetchAsync(Local("/slow"), TestContext.Current.CancellationToken);
        Assert.Equal((null, "The site did not answer within 0.3 seconds."), (result.Article, result.Error));
    }

    private static ArticleFetcher Fetcher(bool allowPrivate = true, int maxBytes = 3_000_000, TimeSpan? timeout = null)
    {
        var options = new ArticleFetchOptions { AllowPrivateAddresses = allowPrivate, MaxBytes = maxBytes, Timeout = timeout ?? TimeSpan.FromSeconds(20) };
        var services = new ServiceCollection();
        services.AddHttpClient(ArticleFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(() => ArticleFetcher.CreateHandler(options));
        var provider = services.BuildServiceProvider();
        return new ArticleFetcher(provider.GetRequiredService<IHttpClientFactory>(), Options.Create(options), new TestUser());
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await server.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !server.IsListening)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/article.html":
                    var page = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "ArticleAssistant", "Pages", "joongang-article.html"));
                    response.ContentType = "text/html; charset=utf-8";
                    await response.OutputStream.WriteAsync(page);
                    break;
                case "/moved":
                    response.Redirect(Local("/article.html"));
                    break;
                case "/to-ftp":
                    response.Redirect("ftp://127.0.0.1/file");
                    break;
                case "/loop":
                    response.Redirect(Local("/loop"));
                    break;
                case "/big":
                    var big = Encoding.UTF8.GetBytes(new string('x', 200_000));
                    response.ContentLength64 = big.Length;
                    await response.OutputStream.WriteAsync(big);
                    break;
                case "/big-chunked":
                    response.SendChunked = true;
                    for (var i = 0; i < 20; i++)
                    {
                        await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(new string('y', 10_000)));
                    }

                    break;
                case "/slow":
                    await slowResponseReleased.Task;
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception)
            {
                // The client gave up first (size or time limit): nothing to close.
            }
        }
    }
}
