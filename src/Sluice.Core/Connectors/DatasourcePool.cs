using System.Data;
using System.Data.Common;
using Sluice.Core.Datasources;
using Sluice.Core.Templates;

namespace Sluice.Core.Connectors;

/// <summary>The connection pool of one datasource. Immutable: editing a datasource builds a
/// new pool, and the old one is disposed once the requests using it are done.</summary>
public abstract class DatasourcePool : IAsyncDisposable
{
    /// <summary>Creates the pool for a spec.</summary>
    protected DatasourcePool(ConnectionSpec spec) => Spec = spec ?? throw new ArgumentNullException(nameof(spec));

    /// <summary>What this pool connects to.</summary>
    public ConnectionSpec Spec { get; }

    /// <summary>The placeholder dialect of the engine.</summary>
    public SqlDialect Dialect => Spec.Product.Dialect();

    /// <summary>Opens (or takes from the pool) a connection; throws the driver's exception when
    /// the database cannot be reached.</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes a command on <paramref name="connection"/> for a bound statement; protected so
    /// every outside caller goes through <see cref="CreateCommandAsync"/> and its prepare.</summary>
    protected DbCommand CreateCommand(DbConnection connection, BoundStatement statement, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(statement);
        var command = connection.CreateCommand();
        command.CommandText = statement.Sql;
        command.Transaction = transaction;
        // Timeouts are enforced by cancellation, which every driver turns into a server-side cancel.
        command.CommandTimeout = CommandTimeoutSeconds;
        for (var i = 0; i < statement.Values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Dialect.ParameterName(i);
            parameter.Value = ToDbValue(statement.Values[i]);
            Describe(parameter, statement.Values[i]);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Makes a command for a bound statement, ready to execute: where the engine's
    /// driver would otherwise write values into the SQL text, the statement is prepared on the
    /// server so values travel apart from it.</summary>
    public async ValueTask<DbCommand> CreateCommandAsync(DbConnection connection, BoundStatement statement, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var command = CreateCommand(connection, statement, transaction);
        try
        {
            await PrepareAsync(command, cancellationToken);
            return command;
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    /// <summary>Has the database prepare <paramref name="statement"/> and describe the columns it
    /// would return, without running it and without leaving any effect; throws the driver's
    /// exception when the database refuses the statement. By default (PostgreSQL): Parse and
    /// Describe only (<see cref="CommandBehavior.SchemaOnly"/>, which never executes), inside a
    /// transaction that is rolled back.</summary>
    public virtual async ValueTask<StatementDescription> DescribeStatementAsync(DbConnection connection, BoundStatement statement,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = CreateCommand(connection, statement, transaction);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SchemaOnly, cancellationToken);
            return new StatementDescription(await ColumnsOfAsync(reader, cancellationToken));
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
    }

    /// <summary>The columns of a reader's result, with the database's type names and nullability.</summary>
    protected static async Task<IReadOnlyList<ResultColumn>> ColumnsOfAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.FieldCount == 0)
        {
            return [];
        }
        var schema = await reader.GetColumnSchemaAsync(cancellationToken);
        return schema.Select(column => new ResultColumn(column.ColumnName, column.DataTypeName ?? "", column.AllowDBNull, column.DataType)).ToArray();
    }

    /// <summary>Prepares a command before it runs, for drivers that need it; nothing by default.</summary>
    protected virtual ValueTask PrepareAsync(DbCommand command, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>True when the driver reports rows affected only through ExecuteNonQuery, so
    /// statements that return no rows must be run that way.</summary>
    public virtual bool CountsRowsOnlyWithNonQuery => false;

    /// <summary>Arranges for a running command to stop when <paramref name="cancellationToken"/>
    /// fires (after <paramref name="statementTimeout"/> at the latest), for drivers whose own
    /// cancellation does not interrupt execution or lock waits.</summary>
    public virtual IDisposable? InterruptOnCancel(DbConnection connection, TimeSpan statementTimeout, CancellationToken cancellationToken) => null;

    /// <summary>Explains a failed statement: a sandbox refusal, or what the database's error
    /// means (<see cref="DatabaseErrors"/>).</summary>
    /// <param name="connection">The connection it ran on, when still at hand.</param>
    /// <param name="exception">The driver's exception.</param>
    public virtual StatementFailure Describe(DbConnection? connection, DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is StatementRefusedException
            ? new StatementFailure(StatementFailureKind.Refused, exception.Message)
            : DatabaseErrors.Describe(exception);
    }

    /// <summary>The driver's command timeout; 0 (none) where cancellation does the work.</summary>
    protected virtual int CommandTimeoutSeconds => 0;

    /// <summary>Sets a parameter's type where the driver's inference would be wrong.</summary>
    protected virtual void Describe(DbParameter parameter, object? value)
    {
    }

    /// <summary>Converts a bound value to what the driver accepts.</summary>
    protected virtual object ToDbValue(object? value) => value ?? DBNull.Value;

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>Creates the pool of the spec's engine.</summary>
    public static DatasourcePool Create(ConnectionSpec spec, ConnectorLimits limits)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Product switch
        {
            ProductType.Postgres => new PostgresPool(spec, limits),
            ProductType.MySql => new MySqlPool(spec, limits),
            ProductType.Sqlite => new SqlitePool(spec, limits),
            _ => new DuckDbPool(spec, limits),
        };
    }
}
