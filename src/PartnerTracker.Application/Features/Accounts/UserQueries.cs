using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Accounts;

/// <summary>The reads over accounts and their roles, in the database; <see cref="UserAdministration"/> writes.</summary>
public static class UserQueries
{
    /// <summary>One page of accounts, each with its role, sorted by name or role in the database.</summary>
    public static IQueryable<UserListItem> UsersPage(PartnerTrackerDbContext db, ListRequest request)
    {
        var rows = Users(db, request.Search);
        var sorted = (request.SortBy, request.Descending) switch
        {
            (nameof(UserListItem.Role), false) => rows.OrderBy(u => u.Role).ThenBy(u => u.UserName),
            (nameof(UserListItem.Role), true) => rows.OrderByDescending(u => u.Role).ThenBy(u => u.UserName),
            (_, true) => rows.OrderByDescending(u => u.UserName),
            _ => rows.OrderBy(u => u.UserName),
        };
        return sorted.Skip(request.Skip).Take(request.Take)
            .Select(u => new UserListItem(u.Id, u.UserName, u.Role, u.LockoutEnd, u.AccessFailedCount));
    }

    // Sorted before the record is built: EF cannot order by a member of a constructed record.
    internal static IQueryable<UserRow> Users(PartnerTrackerDbContext db, string? search)
    {
        var rows = from user in db.Users.AsNoTracking()
                   select new UserRow
                   {
                       Id = user.Id,
                       UserName = user.UserName!,
                       Role = (from link in db.UserRoles join r in db.Roles on link.RoleId equals r.Id where link.UserId == user.Id select r.Name).FirstOrDefault(),
                       LockoutEnd = user.LockoutEnd,
                       AccessFailedCount = user.AccessFailedCount,
                   };
        return TextSearch.ContainsPattern(search) is { } pattern
            ? rows.Where(u => EF.Functions.Like(u.UserName, pattern, TextSearch.EscapeText))
            : rows;
    }

    /// <summary>The ids of the accounts that hold the Admin role.</summary>
    internal static IQueryable<string> AdminIds(PartnerTrackerDbContext db) =>
        from link in db.UserRoles
        join role in db.Roles on link.RoleId equals role.Id
        where role.Name == Roles.Admin
        select link.UserId;
}

/// <summary>An account's columns before they become a <see cref="UserListItem"/>: a shape EF can sort and filter.</summary>
internal sealed class UserRow
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public string? Role { get; init; }

    public DateTimeOffset? LockoutEnd { get; init; }

    public int AccessFailedCount { get; init; }
}
