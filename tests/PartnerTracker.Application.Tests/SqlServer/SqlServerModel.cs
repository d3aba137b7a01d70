using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Tests.SqlServer;

/// <summary>
/// SQL Server without a server (docs/adr/0002-two-providers-and-sql-server-without-a-server.md): a context configured for SQL Server that never opens its
/// connection, and the T-SQL parser that checks what it generates.
/// </summary>
internal static class SqlServerModel
{
    public static PartnerTrackerDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.SqlServer, "Server=never-opened;Database=PartnerTracker;Integrated Security=true;TrustServerCertificate=true")
            .Options);

    /// <returns>The parser's errors, each with its line; empty when the text is valid T-SQL.</returns>
    public static IReadOnlyList<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}
