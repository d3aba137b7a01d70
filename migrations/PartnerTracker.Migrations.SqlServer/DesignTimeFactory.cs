using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnerTracker.Data;

namespace PartnerTracker.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the SQL Server model and scripts without a server: migrations and scripts never open
/// this connection.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartnerTrackerDbContext>
{
    public PartnerTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.SqlServer, "Server=localhost;Database=PartnerTracker;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
