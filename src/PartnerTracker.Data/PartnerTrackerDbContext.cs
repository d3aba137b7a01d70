using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data.Accounts;
using PartnerTracker.Data.Auditing;
using PartnerTracker.Domain;

namespace PartnerTracker.Data;

/// <param name="actor">Who this context writes for; the app itself ("system") when no one is named.</param>
/// <param name="clock">When its saves happen, for the audit trail; the machine's clock when none is given.</param>
public class PartnerTrackerDbContext(DbContextOptions<PartnerTrackerDbContext> options, IActingUser? actor = null, TimeProvider? clock = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealParticipant> DealParticipants => Set<DealParticipant>();

    public DbSet<DealPerson> DealPeople => Set<DealPerson>();

    public DbSet<DealProduct> DealProducts => Set<DealProduct>();

    public DbSet<DealLink> DealLinks => Set<DealLink>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventAttendee> EventAttendees => Set<EventAttendee>();

    public DbSet<EventCompany> EventCompanies => Set<EventCompany>();

    public DbSet<EventDeal> EventDeals => Set<EventDeal>();

    public DbSet<SourceArticle> SourceArticles => Set<SourceArticle>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<Currency> Currencies => Set<Currency>();

    public DbSet<FxRate> FxRates => Set<FxRate>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The keys that protect sign-in cookies and antiforgery tokens, shared by every app instance on this database
    /// (docs/adr/0010-shared-state-lives-in-the-database.md). Not domain records: never audited, never exported.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Named locks that every app instance on this database agrees on (<see cref="Leases.DatabaseLease"/>).</summary>
    public DbSet<Leases.Lease> Leases => Set<Leases.Lease>();

    /// <summary>Whom the audit trail names for this context's saves.</summary>
    public IActingUser Actor { get; } = actor ?? SystemUser.Instance;

    // Optional, like the actor: the DI factory builds contexts through ActivatorUtilities and so passes the registered TimeProvider; `new(options)` keeps the system clock.
    /// <summary>The time this context's saves are recorded at (audit entries, the seed's stage history).</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    // Added here rather than by each caller's options so that no way of creating a context writes unaudited.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(new AuditInterceptor(Actor, Clock));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, stable when members are reordered, and checked by a constraint.
        foreach (var enumType in typeof(DealKind).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }

        if (Database.IsSqlite())
        {
            // SQLite has no decimal type: EF stores decimals as TEXT, which cannot be ordered or summed in the
            // database. A REAL column keeps money sorting, ranges and sums in SQL (15+ significant digits).
            configurationBuilder.Properties<decimal>().HaveConversion<double>();

            // SQL Server's usual collation is case-insensitive; NOCASE gives SQLite the same sorting and
            // equality for text ("SK Group" after "Samsung"), so lists read the same on both providers.
            configurationBuilder.Properties<string>().UseCollation("NOCASE");
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(20, 4);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables: accounts live beside the record they change
        AccountRoles.Seed(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnerTrackerDbContext).Assembly);
        modelBuilder.AddEnumCheckConstraints();
        modelBuilder.UseBinaryCollationForCodes(Database.IsSqlite() ? "BINARY" : "Latin1_General_BIN2");
    }

    /// <summary>
    /// Set only by the lossless JSON import: new records keep the version tokens they were exported with, and the
    /// audit trail is the one restored with them (no entry is added for re-inserting what the trail already
    /// records), so an export of the restored database reads exactly like the one it came from. Every other write
    /// leaves it false.
    /// </summary>
    public bool RestoresExport { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Keeps derived keys and concurrency tokens right whichever write path saved the entity.</summary>
    private void PrepareForSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) && !HasChangedOwnedValue(entry))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Company company:
                    company.RefreshNormalizedName();
                    break;
                case CompanyAlias alias:
                    alias.RefreshNormalizedAlias();
                    break;
            }

            LengthGuard.Check(entry);
            if (entry.Entity is IVersioned versioned
                && !(RestoresExport && entry.State == EntityState.Added && versioned.Version != Guid.Empty))
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }

    // A deal whose Money or PartialDate was replaced is itself Unchanged; its token must still move.
    private static bool HasChangedOwnedValue(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.References.Any(r => r.TargetEntry is { State: not EntityState.Unchanged } target && target.Metadata.IsOwned());
}
