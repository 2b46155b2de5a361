using System.Data.Common;
using Npgsql;

namespace Sluice.Core.Connectors;

/// <summary>PostgreSQL through one <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class PostgresPool : DatasourcePool
{
    private readonly NpgsqlDataSource _source;

    public PostgresPool(ConnectionSpec spec, ConnectorLimits limits) : base(spec)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        foreach (var (key, value) in spec.DriverOptions)
        {
            builder[key] = value;
        }
        builder.Host = spec.Host;
        builder.Port = spec.Port ?? 5432;
        builder.Database = spec.Database;
        builder.Username = spec.Username;
        builder.Password = spec.Password;
        builder.MaxPoolSize = limits.PoolSize;
        builder.MinPoolSize = 0;
        builder.Timeout = Math.Max(1, (int)limits.ConnectTimeout.TotalSeconds);
        builder.CommandTimeout = 0;
        builder.ApplicationName ??= "sluice-gateway";
        _source = NpgsqlDataSource.Create(builder);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    // Text from a request (query strings, headers) is sent untyped, so PostgreSQL infers the
    // type from where it is used: '42' compared with an integer column is an integer.
    protected override void Describe(DbParameter parameter, object? value)
    {
        if (value is string)
        {
            ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
        }
    }

    public override ValueTask DisposeAsync() => _source.DisposeAsync();
}
