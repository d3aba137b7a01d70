using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data;
using PartnerTracker.Data.Accounts;

namespace PartnerTracker.TestSupport;

/// <summary>Identity's real stores and the app's account policy over a test database, without the web host.</summary>
public static class IdentityTestServices
{
    /// <param name="clock">The app's clock, as AddPartnerTrackerApplication registers it; the machine's clock when null.</param>
    public static ServiceProvider Create(SqliteTestDatabase database, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<IDbContextFactory<PartnerTrackerDbContext>>(database);
        services.AddScoped(_ => database.CreateDbContext());
        services.AddScoped<PartnerTracker.Data.Leases.DatabaseLease>();
        services.AddIdentityCore<AppUser>(AccountPolicy.Apply).AddRoles<IdentityRole>().AddEntityFrameworkStores<PartnerTrackerDbContext>();
        return services.BuildServiceProvider();
    }
}
