using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Accounts;
using PartnerTracker.Data.Leases;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Leases;

/// <summary>
/// The lock several app instances agree on lives in the database: two instances (two service providers with their
/// own objects, one database) take turns, a crashed holder loses it when it expires, and account changes that decide
/// whether an administrator exists wait for each other across instances.
/// </summary>
public sealed class DatabaseLeaseTests : IAsyncLifetime
{
    private const string Passphrase = "a perfectly long passphrase";
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync(seeded: false);

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_second_holder_waits_until_the_first_releases()
    {
        var first = new DatabaseLease(database, TimeProvider.System);
        var second = new DatabaseLease(database, TimeProvider.System);

        var held = await first.AcquireAsync(Lease.Administrators, TimeSpan.FromMinutes(1), Cancel);
        var waiting = second.AcquireAsync(Lease.Administrators, TimeSpan.FromMinutes(1), Cancel);
        await Task.Delay(200, Cancel);
        Assert.False(waiting.IsCompleted); // only ever wrong if the lease let two hold it at once

        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        Assert.Equal(1, await HeldCountAsync());
    }

    [Fact]
    public async Task A_holder_that_never_released_loses_the_lease_when_it_expires()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        _ = await new DatabaseLease(database, clock).AcquireAsync(Lease.Administrators, TimeSpan.FromSeconds(30), Cancel); // crashed: never disposed

        clock.Now = clock.Now.AddSeconds(31);
        await using var taken = await new DatabaseLease(database, clock).AcquireAsync(Lease.Administrators, TimeSpan.FromSeconds(30), Cancel)
            .WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        Assert.Equal(1, await HeldCountAsync());
    }

    [Fact]
    public async Task Demoting_an_admin_on_one_instance_waits_while_another_instance_holds_the_administrators_lease()
    {
        await using var one = IdentityTestServices.Create(database);
        await using var other = IdentityTestServices.Create(database);
        var setup = Accounts(one, new TestUser("anonymous", "none"));
        Assert.IsType<CommandResult.Saved>(await setup.CreateFirstAdminAsync("ada.admin", Passphrase, Cancel));
        var ada = Accounts(one, new TestUser("ada.admin", Roles.Admin));
        Assert.IsType<CommandResult.Saved>(await ada.CreateAsync(new NewUserModel { UserName = "bo.admin", Password = Passphrase, Role = Roles.Admin }, Cancel));
        var bo = (await ada.ListAsync(new ListRequest(), Cancel)).Items.Single(u => u.UserName == "bo.admin");

        // The other instance is in the middle of an admin change: it holds the lease.
        await using (var scope = other.CreateAsyncScope())
        {
            var held = await scope.ServiceProvider.GetRequiredService<DatabaseLease>().AcquireAsync(Lease.Administrators, TimeSpan.FromMinutes(1), Cancel);
            var demoting = ada.SetRoleAsync(bo.Id, Roles.Viewer, Cancel);
            await Task.Delay(200, Cancel);
            Assert.False(demoting.IsCompleted);

            await held.DisposeAsync();
            Assert.IsType<CommandResult.Saved>(await demoting.WaitAsync(TimeSpan.FromSeconds(30), Cancel));
        }

        Assert.Equal(0, await HeldCountAsync());
    }

    private static UserAdministration Accounts(IServiceProvider services, ICurrentUser caller) =>
        ActivatorUtilities.CreateInstance<UserAdministration>(services.CreateScope().ServiceProvider, caller);

    private async Task<int> HeldCountAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Leases.CountAsync(l => l.Holder != null, Cancel);
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
