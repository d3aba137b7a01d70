using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Services;

/// <summary>
/// The signed-in user of this circuit or request, as their cookie says. Read on every call rather than kept, so a
/// revalidated (or signed-out) session is seen at once. Anyone not signed in may read nothing and write nothing.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IHttpContextAccessor http, ILogger<CurrentUser> logger) : ICurrentUser
{
    public string Name => Principal.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public bool CanWrite => Roles.MayWrite(IsInRole);

    public bool IsInRole(string role) => Principal.Identity?.IsAuthenticated == true && Principal.IsInRole(role);

    public void NoteRefusal(string message) => logger.LogWarning("Write refused for {UserName}: {Reason}", Name, message);

    private ClaimsPrincipal Principal
    {
        get
        {
            try
            {
                // In a circuit (and while Blazor renders a request) the state is set and its task already complete.
                var state = authentication.GetAuthenticationStateAsync();
                if (state.IsCompletedSuccessfully)
                {
                    return state.Result.User;
                }
            }
            catch (InvalidOperationException)
            {
                // Not a Blazor render: a plain endpoint (a download), where the request's user is the one.
            }

            return http.HttpContext?.User ?? new ClaimsPrincipal();
        }
    }
}
