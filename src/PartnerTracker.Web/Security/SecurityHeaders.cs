namespace PartnerTracker.Web.Security;

/// <summary>
/// Headers on every response (OWASP ASVS 14.4, Microsoft's Blazor server-side threat mitigation): scripts only from
/// this site (Blazor Server and MudBlazor need no eval and no inline script), inline styles allowed because MudBlazor
/// sets style attributes, the circuit's WebSocket back to this site, and no framing by anyone.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // Set as the response starts, not as the request arrives: the exception handler clears the headers of a failed
    // response before it renders the error page, and that page must carry them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
