using System.Data;
using System.Globalization;
using Dapper;
using Npgsql;

namespace Sluice.Core.Storage;

/// <summary>Process-wide Dapper configuration: snake_case columns map to PascalCase
/// properties, and timestamps round-trip as UTC on both SQLite (text) and PostgreSQL
/// (timestamptz).</summary>
internal static class DapperSetup
{
    // Fixed width so that text comparison in SQLite orders like time does.
    private const string SqliteFormat = "yyyy-MM-dd HH:mm:ss.fffffffzzz";

    private static int _configured;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
    }

    /// <summary>A timestamp as SQLite stores it, for code that binds parameters without Dapper.</summary>
    public static string SqliteTimestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(SqliteFormat, CultureInfo.InvariantCulture);

    private sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter is NpgsqlParameter)
            {
                parameter.DbType = DbType.DateTimeOffset;
                parameter.Value = value.ToUniversalTime();
            }
            else
            {
                parameter.DbType = DbType.String;
                parameter.Value = SqliteTimestamp(value);
            }
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset offset => offset.ToUniversalTime(),
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
            _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}."),
        };
    }
}
