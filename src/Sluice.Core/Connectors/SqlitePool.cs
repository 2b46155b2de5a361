using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Sluice.Core.Connectors;

/// <summary>A SQLite file. The file must exist: a typo in the path is an error, not a new
/// empty database.</summary>
internal sealed class SqlitePool(ConnectionSpec spec, ConnectorLimits limits) : EmbeddedPool(spec, limits)
{
    private readonly string _connectionString = Build(spec, limits);

    protected override DbConnection NewConnection() => new SqliteConnection(_connectionString);

    // SQLite checks the token only between steps; sqlite3_interrupt stops a running statement.
    public override IDisposable? InterruptOnCancel(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle;
        return cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
    }

    protected override object ToDbValue(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => base.ToDbValue(value),
    };

    private static string Build(ConnectionSpec spec, ConnectorLimits limits)
    {
        var builder = new SqliteConnectionStringBuilder();
        foreach (var (key, value) in spec.Options)
        {
            builder[key] = value;
        }
        builder.DataSource = spec.Database;
        builder.Mode = builder.Mode == SqliteOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite;
        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(1, (int)limits.ConnectTimeout.TotalSeconds);
        return builder.ToString();
    }
}
