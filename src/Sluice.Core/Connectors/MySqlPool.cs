using System.Data;
using System.Data.Common;
using Sluice.Core.Templates;
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
        // PrepareAsync must reach the server even if the options ask to ignore it.
        builder.IgnorePrepare = false;
        _source = new MySqlDataSource(builder.ConnectionString);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    /// <summary>Without a server-side prepare, MySqlConnector escapes values into the SQL text,
    /// which goes wrong when the session's string syntax differs from what it assumes (a template
    /// that sets NO_BACKSLASH_ESCAPES got its backslashes doubled). Prepared, values travel in
    /// the binary protocol and are never text. A statement without values has nothing to escape
    /// and runs as text, so statements the server cannot prepare (SHOW … LIKE '…') still run.</summary>
    protected override ValueTask PrepareAsync(DbCommand command, CancellationToken cancellationToken) =>
        command.Parameters.Count == 0 ? ValueTask.CompletedTask : new ValueTask(command.PrepareAsync(cancellationToken));

    /// <summary>COM_STMT_PREPARE: the server parses and resolves the statement (tables, columns,
    /// privileges) without running it. MySqlConnector keeps the prepared columns to itself, so a
    /// plain SELECT's columns are then read with <see cref="CommandBehavior.SchemaOnly"/>, which it
    /// sends as <c>SET STATEMENT sql_select_limit=0 FOR …</c>: the optimizer answers "zero limit"
    /// without reading a row. Any other statement is only prepared (SchemaOnly would run it), and
    /// the SELECT is read under a text the session has not prepared (a prepared text is executed
    /// whatever the behaviour asks).</summary>
    public override async ValueTask<StatementDescription> DescribeStatementAsync(DbConnection connection, BoundStatement statement,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(statement);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var prepare = CreateCommand(connection, statement, transaction))
            {
                await prepare.PrepareAsync(cancellationToken);
            }
            if (!StatementShape.IsPlainSelect(statement.Sql))
            {
                return new StatementDescription([]);
            }
            await using var describe = (MySqlCommand)CreateCommand(connection, statement with { Sql = statement.Sql + " /* columns */" }, transaction);
            if (describe.IsPrepared)
            {
                return new StatementDescription([]);
            }
            await using var reader = await describe.ExecuteReaderAsync(CommandBehavior.SchemaOnly, cancellationToken);
            return new StatementDescription(await ColumnsOfAsync(reader, cancellationToken));
        }
        catch (MySqlException exception) when (exception.ErrorCode == MySqlErrorCode.UnsupportedPreparedStatement)
        {
            // SHOW … LIKE and a few others: the server cannot prepare them, so it cannot check them either.
            return new StatementDescription([], Checked: false);
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
    }

    public override ValueTask DisposeAsync() => _source.DisposeAsync();
}
