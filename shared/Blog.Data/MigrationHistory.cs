using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Blog.Data;

/// <summary>
/// Whether the migrations' history table exists, asked of the database's catalog: EF Core's own check reads the
/// table's rows and, on a database without it, fails a statement (an ERROR in PostgreSQL's log, a failed command in
/// the host's; dotnet/efcore#37328).
/// </summary>
internal static class MigrationHistory
{
    public static Task<bool> ExistsAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.SqlQueryRaw<bool>(database.IsNpgsql()
                ? $"SELECT to_regclass('\"{HistoryRepository.DefaultTableName}\"') IS NOT NULL AS \"Value\""
                : $"SELECT count(*) > 0 AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{HistoryRepository.DefaultTableName}'")
            .SingleAsync(cancellationToken);
}
