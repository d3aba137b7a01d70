using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace PartnerTracker.Web.Accounts;

/// <summary>
/// Writes a line for every request a signed-in user is refused (a Viewer at an edit address typed by hand, an
/// Analyst at the restore endpoint), then answers as the framework does. Its own refusal message is at
/// Information and filtered out with the rest of the framework's detail; a refusal is worth a Warning.
/// </summary>
internal sealed class LoggedAuthorizationResultHandler(ILogger<LoggedAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            logger.LogWarning("Page refused for {UserName} at {Path}", context.User.Identity?.Name, AccountServices.ForLog(context.Request.Path));
        }

        return framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
