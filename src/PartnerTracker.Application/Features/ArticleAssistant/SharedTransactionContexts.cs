using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Contexts that all work on one open connection inside one transaction: the existing editors, each opening its
/// own short-lived context as usual, then write into the same transaction, so a confirm commits all or nothing
/// while every editor's own rules still apply.
/// </summary>
internal sealed class SharedTransactionContexts(IDbContextFactory<PartnerTrackerDbContext> inner, DbConnection connection, DbTransaction transaction)
    : IDbContextFactory<PartnerTrackerDbContext>
{
    public PartnerTrackerDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        db.Database.UseTransaction(transaction);
        return db;
    }
}
