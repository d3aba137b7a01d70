using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace PartnerTracker.Data.Accounts;

/// <summary>The three roles, created by the migration itself so that no start-up code has to write them.</summary>
public static class AccountRoles
{
    public const string Admin = "Admin";
    public const string Analyst = "Analyst";
    public const string Viewer = "Viewer";

    internal static void Seed(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IdentityRole>().HasData(
            Role("6b7c6b55-0d2a-4c36-9a51-2b7f0f3d4a01", Admin),
            Role("6b7c6b55-0d2a-4c36-9a51-2b7f0f3d4a02", Analyst),
            Role("6b7c6b55-0d2a-4c36-9a51-2b7f0f3d4a03", Viewer));

    // Fixed ids and stamps: seed data must be the same every time the model is built.
    private static IdentityRole Role(string id, string name) =>
        new() { Id = id, Name = name, NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = id };
}
