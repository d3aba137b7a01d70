using PartnerTracker.Application.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace PartnerTracker.Application.Features.ArticleAssistant.Fetching;

/// <summary>What fetching a URL gave: the article read from the page, or why there is none.</summary>
public sealed record FetchResult(ArticleInput? Article, string? Error);

/// <summary>
/// Fetches an article page for the assistant's form: http and https only, within a size and time limit, following
/// at most a few redirects (each one checked again), and never from a loopback, private or link-local address
/// unless configured (<see cref="ArticleFetchOptions.AllowPrivateAddresses"/>): every address the name resolves to
/// is checked when connecting.
/// </summary>
public sealed class ArticleFetcher(IHttpClientFactory clients, IOptions<ArticleFetchOptions> options, ICurrentUser user)
{
    public const string ClientName = "article-fetch";

    /// <summary>The handler the named client must use: no proxy, no automatic redirects, the address check on connect.</summary>
    public static SocketsHttpHandler CreateHandler(ArticleFetchOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.Timeout,
        ConnectCallback = (context, cancellationToken) => PublicAddresses.ConnectAsync(context, options.AllowPrivateAddresses, cancellationToken),
    };

    public async Task<FetchResult> FetchAsync(string? url, CancellationToken cancellationToken = default)
    {
        // The server reaching out on someone's behalf is a writer's tool (the article assistant), never a reader's.
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return new FetchResult(null, forbidden.Message);
        }

        var limits = options.Value;
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new FetchResult(null, "Only absolute http:// or https:// addresses can be fetched.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        try
        {
            var client = clients.CreateClient(ClientName);
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("PartnerTracker", "1.0"));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (next.Scheme is not ("http" or "https"))
                    {
                        return new FetchResult(null, $"The page redirects to {next.Scheme}:, which is not fetched.");
                    }

                    if (hop >= limits.MaxRedirects)
                    {
                        return new FetchResult(null, $"The page redirects more than {limits.MaxRedirects} times.");
                    }

                    uri = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new FetchResult(null, $"The site answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                }

                if (response.Content.Headers.ContentLength > limits.MaxBytes)
                {
                    return new FetchResult(null, TooLarge(limits));
                }

                var html = await ReadLimitedAsync(response.Content, limits.MaxBytes, timeout.Token);
                return html is null ? new FetchResult(null, TooLarge(limits)) : new FetchResult(PageReader.Read(html, uri.ToString()), null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult(null, $"The site did not answer within {limits.Timeout.TotalSeconds:0.#} seconds.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is FetchRefusedException refused)
        {
            return new FetchResult(null, refused.Message);
        }
        catch (FetchRefusedException refused)
        {
            return new FetchResult(null, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult(null, $"The page could not be fetched ({ex.HttpRequestError}).");
        }
    }

    private static string TooLarge(ArticleFetchOptions limits) => $"The page is larger than {limits.MaxBytes / 1_000_000.0:0.#} MB; paste the article's text instead.";

    /// <returns>The text, or null when it is larger than the limit (reading stops there).</returns>
    private static async Task<string?> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        Encoding encoding;
        try
        {
            encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
