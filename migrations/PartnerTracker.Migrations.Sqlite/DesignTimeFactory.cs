using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnerTracker.Data;

namespace PartnerTracker.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the SQLite model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartnerTrackerDbContext>
{
    public PartnerTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.Sqlite, "Data Source=design-time.db")
            .Options);
}
