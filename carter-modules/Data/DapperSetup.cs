using System.Data;
using System.Globalization;
using Dapper;

namespace CarterModules.Data;

/// <summary>Dapper's process-wide settings: snake_case columns onto PascalCase properties, and UTC timestamps.</summary>
public static class DapperSetup
{
    private static int _done;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
    }

    /// <summary>
    /// SQLite hands timestamps back as text ('yyyy-MM-dd HH:mm:ss.FFFFFFF', as EF Core writes them) and PostgreSQL as
    /// DateTime; both are UTC in this schema, so both come back as UTC. Writing leaves the value to the provider:
    /// Microsoft.Data.Sqlite writes that same text format, Npgsql a timestamptz.
    /// </summary>
    public sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override DateTime Parse(object value) => value switch
        {
            DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            string text => DateTime.Parse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}."),
        };

        public override void SetValue(IDbDataParameter parameter, DateTime value) =>
            parameter.Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }
}
