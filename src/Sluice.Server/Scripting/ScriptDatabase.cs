using System.Data;
using System.Data.Common;
using System.Text.Json.Nodes;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Results;

namespace Sluice.Server.Scripting;

/// <summary>A script run's access to its API's datasource: the <c>db</c> and <c>tx</c> host
/// objects. One per run; the first call opens one connection from the pool, every later call
/// uses it, and <see cref="DisposeAsync"/> rolls back whatever is uncommitted and returns it.
/// Calls run one at a time in the order they are made (one connection runs one statement), so
/// <c>Promise.all</c> over queries works and simply runs them in turn.</summary>
/// <remarks>
/// <para><c>db.query(sql, values?)</c> answers the rows, <c>db.queryOne(sql, values?)</c> the
/// first row or null (it reads one row and cancels the rest), <c>db.execute(sql, values?)</c>
/// <c>{ rows_affected: n }</c>. <c>values</c> an array: <c>$1, $2, …</c> placeholders on every
/// engine (<see cref="PositionalSql"/>). <c>values</c> an object: the SQL is a template
/// (<c>{{ name }}</c>, <c>{% if %}</c>…, as in SQL APIs, without macros or <c>ident</c>), and every
/// name it reads must be in the object (null included), so a misspelt name is an error rather
/// than a silent NULL. One statement per call. Rows are mapped as the gateway maps them; more
/// than <see cref="ScriptDatabaseOptions.MaxRows"/> rows is refused.</para>
/// <para>Each statement runs under the statement timeout and the run's token. A statement that
/// times out or fails outside a transaction leaves the connection usable: the script may catch
/// the error and go on. Inside <c>tx.begin()</c> a failed statement fails the transaction, on
/// every engine alike (PostgreSQL and DuckDB would refuse anything more anyway): later
/// statements and <c>tx.commit()</c> are refused until <c>tx.rollback()</c>. A connection the
/// database dropped is replaced on the next call; a transaction open on it is lost and must be
/// rolled back.</para>
/// <para>Transactions do not nest: <c>tx.begin()</c> inside a transaction, and
/// <c>tx.commit()</c> or <c>tx.rollback()</c> outside one, are refused. A transaction left
/// open at the end of the run is rolled back.</para>
/// <para>With <see cref="ScriptDatabaseOptions.AlwaysRollBack"/> (debug runs and test cases)
/// the connection runs the whole run in one transaction that is rolled back at the end, and the
/// script sees the same behaviour as in production: <c>tx.begin()</c> sets a savepoint,
/// <c>tx.commit()</c> releases it, <c>tx.rollback()</c> rolls back to it; each statement outside
/// <c>tx.begin()</c> runs under a savepoint of its own, so a failed one undoes only itself, as
/// with autocommit. DuckDB has no savepoints: there <c>tx.begin()</c> and <c>tx.commit()</c>
/// only mark the transaction, and <c>tx.rollback()</c> or a failed statement rolls back
/// everything the run wrote so far.</para>
/// </remarks>
internal sealed class ScriptDatabase : IAsyncDisposable
{
    private const int MaxRecordedStatements = 1000;
    private const string TransactionSavepoint = "script_tx";
    private const string StatementSavepoint = "script_statement";

    private readonly DatasourcePool _pool;
    private readonly string _datasourceName;
    private readonly ScriptDatabaseOptions _options;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly List<BoundStatement> _statements = [];

    private DbConnection? _connection;
    // The script's transaction, or with AlwaysRollBack the run's.
    private DbTransaction? _transaction;
    private bool _inScriptTransaction;
    // Why the script's open transaction can only be rolled back now.
    private string? _transactionFailure;
    private bool _disposed;

    /// <summary>Creates the run's database access; nothing is opened until the first call.</summary>
    /// <param name="pool">The API's datasource pool.</param>
    /// <param name="datasourceName">For messages.</param>
    /// <param name="options">Timeout, row cap and the always-roll-back flag.</param>
    public ScriptDatabase(DatasourcePool pool, string datasourceName, ScriptDatabaseOptions options)
    {
        _pool = pool;
        _datasourceName = datasourceName;
        _options = options;
        Db = new ScriptHostObject("db",
        [
            new ScriptHostMethod("query", (arguments, token) => RunAsync("db.query", ResultShape.Rows, arguments, token), ReturnsPromise: true),
            new ScriptHostMethod("queryOne", (arguments, token) => RunAsync("db.queryOne", ResultShape.FirstRow, arguments, token), ReturnsPromise: true),
            new ScriptHostMethod("execute", (arguments, token) => RunAsync("db.execute", ResultShape.RowsAffected, arguments, token), ReturnsPromise: true),
        ]);
        Tx = new ScriptHostObject("tx",
        [
            new ScriptHostMethod("begin", (_, token) => InTurnAsync(BeginAsync, token), ReturnsPromise: true),
            new ScriptHostMethod("commit", (_, token) => InTurnAsync(CommitAsync, token), ReturnsPromise: true),
            new ScriptHostMethod("rollback", (_, token) => InTurnAsync(RollbackAsync, token), ReturnsPromise: true),
        ]);
    }

    /// <summary>The <c>db</c> global: <c>query</c>, <c>queryOne</c>, <c>execute</c>.</summary>
    public ScriptHostObject Db { get; }

    /// <summary>The <c>tx</c> global: <c>begin</c>, <c>commit</c>, <c>rollback</c>.</summary>
    public ScriptHostObject Tx { get; }

    /// <summary>The statements sent, in order, with their bound values (and the script's
    /// transaction commands), for the debug panel; the first 1000 of a run.</summary>
    public IReadOnlyList<BoundStatement> Statements => _statements;

    /// <summary>How many statements were sent beyond those in <see cref="Statements"/>.</summary>
    public int UnrecordedStatements { get; private set; }

    // Every engine but DuckDB has savepoints (MySqlConnector has them without saying so).
    private bool HasSavepoints => _pool.Spec.Product != ProductType.DuckDb;

    // With AlwaysRollBack, an open connection always has the run's transaction.
    private DbTransaction RunTransaction => _transaction ?? throw new InvalidOperationException("The run's connection has no transaction.");

    private enum ResultShape
    {
        Rows,
        FirstRow,
        RowsAffected,
    }

    private async ValueTask<JsonNode?> RunAsync(string method, ResultShape shape, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken)
    {
        var statement = ScriptStatements.Bind(method, arguments, _pool.Dialect);
        return await InTurnAsync(async token =>
        {
            if (_transactionFailure is { } failure)
            {
                throw new ScriptHostException($"The transaction failed ({failure}); call tx.rollback() before running more statements.");
            }
            var connection = await ConnectAsync(token);
            Record(statement);
            return await ExecuteAsync(method, connection, statement, shape, token);
        }, cancellationToken);
    }

    private async ValueTask<JsonNode?> InTurnAsync(Func<CancellationToken, Task<JsonNode?>> call, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (_disposed)
            {
                throw new ScriptHostException("The run has ended: its database connection is closed.");
            }
            return await call(cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            return _connection;
        }
        DbConnection connection;
        try
        {
            connection = await _pool.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsOpenFailure(exception))
        {
            throw new ScriptHostException(ScriptFailureMessages.Unreachable(_datasourceName, Unreachability.ReasonFor(exception) ?? exception switch
            {
                // The embedded pools refuse a file the sandbox forbids before opening it.
                InvalidOperationException => "cannot open the database file",
                DbException => "the database refused the connection",
                _ => "no connection within the connect timeout",
            }));
        }
        if (_options.AlwaysRollBack)
        {
            try
            {
                _transaction = await connection.BeginTransactionAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is DbException failed && !cancellationToken.IsCancellationRequested)
            {
                // A SQLite file locked by another process refuses the BEGIN.
                var message = Unreachability.ReasonFor(exception) is { } reason
                    ? ScriptFailureMessages.Unreachable(_datasourceName, reason)
                    : ScriptFailureMessages.Explain(_pool.Describe(connection, failed), _options.StatementTimeout, _options.ShowDatabaseMessages);
                await connection.DisposeAsync();
                throw new ScriptHostException(message);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
        _connection = connection;
        return connection;
    }

    private static bool IsOpenFailure(Exception exception) => exception is DbException or TimeoutException or System.Net.Sockets.SocketException
        or OperationCanceledException or InvalidOperationException;

    private async Task<JsonNode?> ExecuteAsync(string method, DbConnection connection, BoundStatement statement, ResultShape shape, CancellationToken cancellationToken)
    {
        // Outside the script's transaction, a debug run's statement gets a savepoint of its own,
        // so that a failure undoes only itself, as autocommit would.
        var guarded = _options.AlwaysRollBack && !_inScriptTransaction;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StatementTimeout);
        (JsonNode? Result, string? Refusal) outcome;
        try
        {
            if (guarded && HasSavepoints)
            {
                await RunTransaction.SaveAsync(StatementSavepoint, cancellationToken);
            }
            using (_pool.InterruptOnCancel(connection, _options.StatementTimeout, timeout.Token))
            {
                outcome = await ReadAsync(method, connection, statement, shape, timeout.Token);
            }
            if (guarded && HasSavepoints)
            {
                await RunTransaction.ReleaseAsync(StatementSavepoint, cancellationToken);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsStatementFailure(exception, connection))
        {
            var message = Explain(exception, connection, timeout.IsCancellationRequested);
            await RecoverAsync(connection, guarded, message);
            throw new ScriptHostException(message);
        }
        return outcome.Refusal is { } refusal ? throw new ScriptHostException(refusal) : outcome.Result;
    }

    private async Task<(JsonNode? Result, string? Refusal)> ReadAsync(string method, DbConnection connection, BoundStatement statement, ResultShape shape,
        CancellationToken cancellationToken)
    {
        await using var command = await _pool.CreateCommandAsync(connection, statement, _transaction, cancellationToken);
        if (shape == ResultShape.RowsAffected || (_pool.CountsRowsOnlyWithNonQuery && StatementShape.ReturnsNoRows(statement.Sql)))
        {
            var affected = await command.ExecuteNonQueryAsync(cancellationToken);
            // Some drivers finish a cancelled statement normally: a timeout must not pass for success.
            cancellationToken.ThrowIfCancellationRequested();
            return (shape switch
            {
                ResultShape.RowsAffected => new JsonObject { ["rows_affected"] = Math.Max(0, affected) },
                ResultShape.Rows => new JsonArray(),
                _ => null,
            }, null);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (reader.FieldCount == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (shape == ResultShape.Rows ? new JsonArray() : null, null);
        }
        if (shape == ResultShape.FirstRow)
        {
            var row = await RowBuffer.ReadFirstAsync(reader, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            // A lookup by key has no second row; only when rows follow is a cancel request (a
            // round trip of its own on some drivers) worth sending.
            if (row is not null && await reader.ReadAsync(cancellationToken))
            {
                StopRows(command);
            }
            return (row is { } first ? JsonObject.Create(first) : null, null);
        }
        var (rows, truncated) = await RowBuffer.ReadAsync(reader, _options.MaxRows, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (truncated)
        {
            StopRows(command);
            return (null, $"{method} returned more than {_options.MaxRows} rows (GATEWAY_MAX_RESPONSE_ROWS); add a LIMIT, or read the rows in pages.");
        }
        return (JsonArray.Create(rows), null);
    }

    /// <summary>Stops the server producing rows nobody reads (disposing the reader would drain
    /// them). Not inside a transaction: on PostgreSQL a cancel there aborts the transaction, so
    /// the rest is drained instead.</summary>
    private void StopRows(DbCommand command)
    {
        if (_transaction is null)
        {
            command.Cancel();
        }
    }

    private static bool IsStatementFailure(Exception exception, DbConnection connection) => exception is DbException or OperationCanceledException
        or TimeoutException or IOException or System.Net.Sockets.SocketException
        || (exception is InvalidOperationException && connection.State != ConnectionState.Open);

    private string Explain(Exception exception, DbConnection connection, bool timedOut)
    {
        if (timedOut)
        {
            return ScriptFailureMessages.Timeout(_options.StatementTimeout);
        }
        if (Unreachability.ReasonFor(exception) is { } reason)
        {
            return ScriptFailureMessages.Unreachable(_datasourceName, reason);
        }
        return exception switch
        {
            DbException failed => ScriptFailureMessages.Explain(_pool.Describe(connection, failed), _options.StatementTimeout, _options.ShowDatabaseMessages),
            TimeoutException => ScriptFailureMessages.Timeout(_options.StatementTimeout),
            OperationCanceledException => "The database cancelled the statement.",
            _ => ScriptFailureMessages.Unreachable(_datasourceName, "connection lost"),
        };
    }

    /// <summary>Leaves the connection usable after a failed statement: a dropped connection is
    /// let go (the next call opens another), a failure inside the script's transaction fails the
    /// transaction, and a debug run's own statement is rolled back to its savepoint.</summary>
    private async Task RecoverAsync(DbConnection connection, bool guarded, string failure)
    {
        if (connection.State != ConnectionState.Open)
        {
            await DropConnectionAsync("the connection to the database was lost");
            return;
        }
        if (_inScriptTransaction)
        {
            _transactionFailure = failure.TrimEnd('.');
            return;
        }
        if (!guarded)
        {
            return;
        }
        try
        {
            using var limit = new CancellationTokenSource(_options.StatementTimeout);
            if (HasSavepoints)
            {
                await RunTransaction.RollbackAsync(StatementSavepoint, limit.Token);
                await RunTransaction.ReleaseAsync(StatementSavepoint, limit.Token);
            }
            else
            {
                // DuckDB aborts the transaction on a failed statement and has no savepoints.
                await RestartRunTransactionAsync(connection, limit.Token);
            }
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException or InvalidOperationException)
        {
            // The database ended the transaction itself (a MariaDB deadlock does): start afresh.
            await DropConnectionAsync(null);
        }
    }

    /// <summary>Rolls back the run's transaction and begins another; on failure the connection
    /// is let go, so no statement of a debug run ever runs outside a transaction.</summary>
    private async Task RestartRunTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await _transaction!.RollbackAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
            _transaction = await connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            await DropConnectionAsync(null);
            throw;
        }
    }

    private async Task DropConnectionAsync(string? transactionFailure)
    {
        if (_inScriptTransaction)
        {
            _transactionFailure ??= transactionFailure ?? "the database ended it";
        }
        if (_transaction is not null)
        {
            await SafelyAsync(_transaction.DisposeAsync);
            _transaction = null;
        }
        if (_connection is not null)
        {
            await SafelyAsync(_connection.DisposeAsync);
            _connection = null;
        }
    }

    private static async Task SafelyAsync(Func<ValueTask> dispose)
    {
        try
        {
            await dispose();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException)
        {
            // A broken connection may fail to close cleanly; the pool discards it either way.
        }
    }

    private async Task<JsonNode?> BeginAsync(CancellationToken cancellationToken)
    {
        if (_inScriptTransaction)
        {
            throw new ScriptHostException("tx.begin() was called while a transaction is open; commit or roll it back first (transactions do not nest).");
        }
        var connection = await ConnectAsync(cancellationToken);
        await TransactionCommandAsync(connection, async token =>
        {
            if (!_options.AlwaysRollBack)
            {
                _transaction = await connection.BeginTransactionAsync(token);
                Record("BEGIN");
            }
            else if (HasSavepoints)
            {
                await RunTransaction.SaveAsync(TransactionSavepoint, token);
                Record("SAVEPOINT " + TransactionSavepoint);
            }
        }, cancellationToken);
        _inScriptTransaction = true;
        _transactionFailure = null;
        return null;
    }

    private async Task<JsonNode?> CommitAsync(CancellationToken cancellationToken)
    {
        if (!_inScriptTransaction)
        {
            throw new ScriptHostException("tx.commit() was called without an open transaction; call tx.begin() first.");
        }
        if (_transactionFailure is { } failure)
        {
            throw new ScriptHostException($"tx.commit() cannot commit: the transaction failed ({failure}). Call tx.rollback() to end it.");
        }
        var connection = _connection!;
        try
        {
            await TransactionCommandAsync(connection, async token =>
            {
                if (!_options.AlwaysRollBack)
                {
                    Record("COMMIT");
                    await _transaction!.CommitAsync(token);
                }
                else if (HasSavepoints)
                {
                    Record("RELEASE SAVEPOINT " + TransactionSavepoint);
                    await RunTransaction.ReleaseAsync(TransactionSavepoint, token);
                }
            }, cancellationToken);
        }
        finally
        {
            // A commit that fails ends the transaction too: the database rolled it back.
            await EndScriptTransactionAsync();
        }
        return null;
    }

    private async Task<JsonNode?> RollbackAsync(CancellationToken cancellationToken)
    {
        if (!_inScriptTransaction)
        {
            throw new ScriptHostException("tx.rollback() was called without an open transaction; call tx.begin() first.");
        }
        try
        {
            if (_connection is { } connection)
            {
                await TransactionCommandAsync(connection, async token =>
                {
                    if (!_options.AlwaysRollBack)
                    {
                        Record("ROLLBACK");
                        await _transaction!.RollbackAsync(token);
                    }
                    else if (HasSavepoints)
                    {
                        Record("ROLLBACK TO SAVEPOINT " + TransactionSavepoint);
                        await RunTransaction.RollbackAsync(TransactionSavepoint, token);
                        await RunTransaction.ReleaseAsync(TransactionSavepoint, token);
                    }
                    else
                    {
                        Record("ROLLBACK");
                        await RestartRunTransactionAsync(connection, token);
                    }
                }, cancellationToken);
            }
        }
        finally
        {
            await EndScriptTransactionAsync();
        }
        return null;
    }

    private async Task EndScriptTransactionAsync()
    {
        _inScriptTransaction = false;
        _transactionFailure = null;
        if (!_options.AlwaysRollBack && _transaction is not null)
        {
            await SafelyAsync(_transaction.DisposeAsync);
            _transaction = null;
        }
    }

    /// <summary>Runs BEGIN, COMMIT, ROLLBACK or a savepoint command, with a failure in the
    /// words a statement's would be.</summary>
    private async Task TransactionCommandAsync(DbConnection connection, Func<CancellationToken, Task> command, CancellationToken cancellationToken)
    {
        try
        {
            await command(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsStatementFailure(exception, connection))
        {
            var message = Explain(exception, connection, timedOut: false);
            if (connection.State != ConnectionState.Open || Unreachability.ReasonFor(exception) is not null)
            {
                await DropConnectionAsync("the connection to the database was lost");
            }
            throw new ScriptHostException(message);
        }
    }

    private void Record(string sql) => Record(new BoundStatement(sql, []));

    private void Record(BoundStatement statement)
    {
        if (_statements.Count < MaxRecordedStatements)
        {
            _statements.Add(statement);
        }
        else
        {
            UnrecordedStatements++;
        }
    }

    /// <summary>Rolls back what the run left uncommitted (everything, with
    /// <see cref="ScriptDatabaseOptions.AlwaysRollBack"/>) and returns the connection. Waits for
    /// a call still running (the run's end cancels it); later calls are refused.</summary>
    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_transaction is not null)
            {
                using var limit = new CancellationTokenSource(_options.StatementTimeout);
                try
                {
                    await _transaction.RollbackAsync(limit.Token);
                }
                catch (Exception exception) when (exception is DbException or OperationCanceledException or InvalidOperationException or IOException)
                {
                    // The connection is closed below; the database rolls back what a closed connection left.
                }
            }
            _inScriptTransaction = false;
            await DropConnectionAsync(null);
        }
        finally
        {
            _turn.Release();
        }
    }
}
