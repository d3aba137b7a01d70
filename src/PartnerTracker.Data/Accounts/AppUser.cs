using Microsoft.AspNetCore.Identity;

namespace PartnerTracker.Data.Accounts;

/// <summary>A person who signs in: Identity's user, in the same database as the record they work on.</summary>
public class AppUser : IdentityUser
{
}
