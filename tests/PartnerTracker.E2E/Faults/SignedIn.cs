using System.Net;
using System.Text.RegularExpressions;

namespace PartnerTracker.E2E.Faults;

/// <summary>An HTTP client signed in through the login form, as a script holding a user's cookie would be.</summary>
public static partial class SignedIn
{
    public static async Task<HttpClient> ClientAsync(Uri baseAddress, string user, CancellationToken cancel)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync("/account/login", cancel);
        using var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(
        [
            new("_handler", "login"),
            new("__RequestVerificationToken", AntiforgeryToken().Match(form).Groups[1].Value),
            new("Input.UserName", user),
            new("Input.Password", TestAccounts.Password),
        ]), cancel);

        // The login page redirects only when the password was right; it answers 200 with a message when not.
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in {user} answered {(int)signIn.StatusCode}, not a redirect.");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
