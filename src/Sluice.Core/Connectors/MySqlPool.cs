using System.Data.Common;
using MySqlConnector;

namespace Sluice.Core.Connectors;

/// <summary>MySQL, MariaDB and MySQL-protocol engines through one <see cref="MySqlDataSource"/>.</summary>
internal sealed class MySqlPool : DatasourcePool
{
    private readonly MySqlDataSource _source;

    public MySqlPool(ConnectionSpec spec, ConnectorLimits limits) : base(spec)
    {
        var builder = new MySqlConnectionStringBuilder();
        foreach (var (key, value) in spec.DriverOptions)
        {
            builder[key] = value;
        }
        builder.Server = spec.Host;
        builder.Port = (uint)(spec.Port ?? 3306);
        builder.Database = spec.Database;
        builder.UserID = spec.Username;
        builder.Password = spec.Password;
        builder.MaximumPoolSize = (uint)limits.PoolSize;
        builder.MinimumPoolSize = 0;
        builder.ConnectionTimeout = (uint)Math.Max(1, limits.ConnectTimeout.TotalSeconds);
        builder.DefaultCommandTimeout = 0;
        builder.CancellationTimeout = 2;
        // Let the engine's own server-side prepared statements handle '?' placeholders in text,
        // with no client-side user variables that could be confused with them.
        builder.AllowUserVariables = false;
        builder.GuidFormat = MySqlGuidFormat.None;
        _source = new MySqlDataSource(builder.ConnectionString);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    public override ValueTask DisposeAsync() => _source.DisposeAsync();
}
