using System.Text.Json.Nodes;
using MySqlConnector;
using Sluice.Core.Scripting;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Scripting;

namespace Sluice.IntegrationTests.Scripting;

/// <summary>What a script's <c>db</c> and <c>tx</c> do on each engine, called as the sandbox calls
/// them: by name, with JSON arguments.</summary>
public abstract class ScriptDatabaseScenarios<TDatasource>(ScriptDatabaseFixture<TDatasource> fixture) where TDatasource : TestDatasource, new()
{
    private static readonly string[] DriverWords = ["Exception", "Npgsql", "MySqlConnector", "Microsoft.Data", "DuckDB.NET", "System."];

    /// <summary>How the engine reads back a true BOOLEAN column.</summary>
    protected virtual string TrueAsRead => "true";

    /// <summary>The column type for a date and time without a zone.</summary>
    protected virtual string TimestampType => "TIMESTAMP";

    /// <summary>Whether, in an always-roll-back run, writes made before a failed statement survive it
    /// (DuckDB has no savepoints, so a failed statement undoes the run's earlier writes too).</summary>
    protected virtual bool KeepsEarlierWritesAfterAFailure => true;

    /// <summary>A statement that cannot finish while the returned holder is not disposed (a lock the
    /// test holds), or, on the embedded engines, one that runs far longer than a second on any machine.</summary>
    protected virtual Task<(string Sql, IAsyncDisposable Holder)> BlockedStatementAsync(string table) =>
        Task.FromResult<(string, IAsyncDisposable)>((fixture.Database.SlowQuery(30), new NoHolder()));

    [Fact]
    public async Task Query_ArrayValues_ReturnsTheRows()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        var rows = await QueryAsync(database, $"SELECT id, name FROM {table} WHERE id >= $1 AND name <> $2 ORDER BY id", "[2, \"nobody\"]");

        Assert.Equal("""[{"id":2,"name":"two"},{"id":3,"name":"three"}]""", rows!.ToJsonString());
    }

    [Fact]
    public async Task Query_ObjectValues_RendersTheTemplateWithBoundValues()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        var rows = await QueryAsync(database, $"SELECT id FROM {table} WHERE id IN {{{{ ids }}}} {{% if name %}}AND name = {{{{ name }}}}{{% endif %}} ORDER BY id",
            """{"ids": [1, 3], "name": null}""");
        var one = await QueryAsync(database, $"SELECT id FROM {table} WHERE id IN {{{{ ids }}}} {{% if name %}}AND name = {{{{ name }}}}{{% endif %}} ORDER BY id",
            """{"ids": [1, 3], "name": "three"}""");

        Assert.Equal("""[{"id":1},{"id":3}]""", rows!.ToJsonString());
        Assert.Equal("""[{"id":3}]""", one!.ToJsonString());
        Assert.Equal(new object?[] { 1L, 3L, "three" }, database.Statements[^1].Values);
    }

    [Fact]
    public async Task QueryOne_SeveralRows_ReturnsTheFirstAndTheConnectionStaysUsable()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        var first = await CallAsync(database.Db, "queryOne", $"SELECT id, name FROM {table} ORDER BY id");
        var none = await CallAsync(database.Db, "queryOne", $"SELECT id FROM {table} WHERE id = $1", "[99]");
        var count = await CountAsync(database, table);

        Assert.Equal("""{"id":1,"name":"one"}""", first!.ToJsonString());
        Assert.Null(none);
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task Query_SeveralCallsAtOnce_RunInTurnOnTheOneConnection()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        // As Promise.all([db.query(…), db.query(…), …]) makes them: each call started before any ends.
        var calls = Enumerable.Range(1, 3).Select(id => QueryAsync(database, $"SELECT name FROM {table} WHERE id = $1", $"[{id}]")).ToArray();
        var rows = await Task.WhenAll(calls);

        Assert.Equal(["""[{"name":"one"}]""", """[{"name":"two"}]""", """[{"name":"three"}]"""], rows.Select(row => row!.ToJsonString()));
    }

    [Fact]
    public async Task Execute_ArrayAndObjectValues_ReturnsRowsAffected()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        var inserted = await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2), ($3, $2)", """[4, "more", 5]""");
        var updated = await CallAsync(database.Db, "execute", $"UPDATE {table} SET name = {{{{ name }}}} WHERE id > {{{{ above }}}}", """{"name": "many", "above": 2}""");

        Assert.Equal(2, (int)inserted!["rows_affected"]!);
        Assert.Equal(3, (int)updated!["rows_affected"]!);
        Assert.Equal(5, await CountAsync(database, table));
    }

    [Fact]
    public async Task Query_PlaceholdersInLiteralAndComment_StayText()
    {
        await using var database = fixture.Open();

        var row = await CallAsync(database.Db, "queryOne", "SELECT '$1' AS quoted, $1 AS bound -- $2 is a comment\n", """["value"]""");

        Assert.Equal("$1", (string?)row!["quoted"]);
        Assert.Equal("value", (string?)row["bound"]);
        Assert.Contains("'$1'", database.Statements[^1].Sql, StringComparison.Ordinal);
        Assert.Equal(new object?[] { "value" }, database.Statements[^1].Values);
    }

    [Fact]
    public async Task Query_PlaceholderWithoutValue_IsRefusedBeforeTheDatabase()
    {
        await using var database = fixture.Open();

        var missing = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT $1 AS a, $2 AS b", "[1]"));
        var unused = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT $1 AS a", "[1, 2]"));
        var noValues = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT $1 AS a"));

        Assert.Equal("db.query: $2 has no value: the values array has 1 item ($1 to $1).", missing.Message);
        Assert.Equal("db.query: the value at position 2 is not used: the SQL has no $2. Remove the value or use it.", unused.Message);
        Assert.StartsWith("db.query: $1 has no value: pass the values as an array", noValues.Message, StringComparison.Ordinal);
        Assert.Empty(database.Statements);
    }

    [Fact]
    public async Task Execute_InjectionAttempt_IsStoredAsAValue()
    {
        var table = await ItemsAsync();
        const string Hostile = "x'); DROP TABLE items; --";
        await using var database = fixture.Open();

        await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", new JsonArray(10, Hostile).ToJsonString());
        await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ({{{{ id }}}}, {{{{ name }}}})", new JsonObject { ["id"] = 11, ["name"] = Hostile }.ToJsonString());
        var rows = await QueryAsync(database, $"SELECT name FROM {table} WHERE id >= $1 ORDER BY id", "[10]");

        Assert.Equal(new JsonArray(new JsonObject { ["name"] = Hostile }, new JsonObject { ["name"] = Hostile }).ToJsonString(), rows!.ToJsonString());
        Assert.Equal(5, await CountAsync(database, table));
    }

    [Fact]
    public async Task Query_EachJsonType_RoundTripsThroughItsColumn()
    {
        var table = "ty" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (n INTEGER, d DECIMAL(12,2), b BOOLEAN, z VARCHAR(20), t VARCHAR(20), day DATE, stamp {TimestampType})");
        await using var database = fixture.Open();

        await CallAsync(database.Db, "execute", $"INSERT INTO {table} (n, d, b, z, t, day, stamp) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            """[42, 12.34, true, null, "héllo ✓", "2024-03-05", "2024-03-05T10:20:30"]""");
        var row = await CallAsync(database.Db, "queryOne", $"SELECT n, d, b, z, t, day, stamp FROM {table}");

        Assert.Equal($$"""{"n":42,"d":12.34,"b":{{TrueAsRead}},"z":null,"t":"héllo ✓","day":"2024-03-05","stamp":"2024-03-05T10:20:30"}""",
            row!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Tx_BeginInsertCommit_Persists()
    {
        var table = await ItemsAsync();
        await using (var database = fixture.Open())
        {
            await CallAsync(database.Tx, "begin");
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[4, "four"]""");
            await CallAsync(database.Tx, "commit");
        }

        Assert.Equal(4, await CountAsync(table));
    }

    [Fact]
    public async Task Tx_BeginInsertRollback_LeavesNothing()
    {
        var table = await ItemsAsync();
        await using (var database = fixture.Open())
        {
            await CallAsync(database.Tx, "begin");
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[4, "four"]""");
            Assert.Equal(4, await CountAsync(database, table));
            await CallAsync(database.Tx, "rollback");
            Assert.Equal(3, await CountAsync(database, table));
        }

        Assert.Equal(3, await CountAsync(table));
    }

    [Fact]
    public async Task Dispose_TransactionLeftOpen_IsRolledBack()
    {
        var table = await ItemsAsync();
        await using (var database = fixture.Open())
        {
            await CallAsync(database.Tx, "begin");
            await CallAsync(database.Db, "execute", $"DELETE FROM {table}");
        }

        Assert.Equal(3, await CountAsync(table));
    }

    [Fact]
    public async Task Tx_Misused_IsRefusedInPlainWords()
    {
        await using var database = fixture.Open();

        var commit = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Tx, "commit"));
        var rollback = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Tx, "rollback"));
        await CallAsync(database.Tx, "begin");
        var twice = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Tx, "begin"));
        await CallAsync(database.Tx, "commit");

        Assert.Equal("tx.commit() was called without an open transaction; call tx.begin() first.", commit.Message);
        Assert.Equal("tx.rollback() was called without an open transaction; call tx.begin() first.", rollback.Message);
        Assert.Equal("tx.begin() was called while a transaction is open; commit or roll it back first (transactions do not nest).", twice.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tx_StatementFailedInside_RefusesCommitUntilRolledBack(bool alwaysRollBack)
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open(alwaysRollBack);

        await CallAsync(database.Tx, "begin");
        await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[4, "four"]""");
        var duplicate = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[1, "again"]"""));
        var next = await Assert.ThrowsAsync<ScriptHostException>(() => CountAsync(database, table));
        var commit = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Tx, "commit"));
        await CallAsync(database.Tx, "rollback");

        Assert.StartsWith("The data was refused: duplicate key", duplicate.Message, StringComparison.Ordinal);
        Assert.StartsWith("The transaction failed (The data was refused: duplicate key", next.Message, StringComparison.Ordinal);
        Assert.StartsWith("tx.commit() cannot commit: the transaction failed", commit.Message, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(database, table));
    }

    [Fact]
    public async Task AlwaysRollBack_WritesInAndOutOfTransactions_LeavesTheDatabaseAsFound()
    {
        var table = await ItemsAsync();
        await using (var database = fixture.Open(alwaysRollBack: true))
        {
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[4, "outside"]""");
            await CallAsync(database.Tx, "begin");
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[5, "committed"]""");
            await CallAsync(database.Tx, "commit");
            Assert.Equal(5, await CountAsync(database, table));
            await CallAsync(database.Tx, "begin");
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[6, "rolled back"]""");
            await CallAsync(database.Tx, "rollback");
            // The script's rollback undoes what its transaction wrote, and on DuckDB (no savepoints) everything before it.
            Assert.Equal(KeepsEarlierWritesAfterAFailure ? 5 : 3, await CountAsync(database, table));
            await CallAsync(database.Db, "execute", $"DELETE FROM {table} WHERE id = $1", "[1]");
        }

        Assert.Equal(3, await CountAsync(table));
    }

    [Fact]
    public async Task AlwaysRollBack_FailedStatementOutsideTransaction_TheRunGoesOn()
    {
        var table = await ItemsAsync();
        await using (var database = fixture.Open(alwaysRollBack: true))
        {
            await CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[4, "four"]""");
            await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[1, "again"]"""));

            Assert.Equal(KeepsEarlierWritesAfterAFailure ? 4 : 3, await CountAsync(database, table));
        }

        Assert.Equal(3, await CountAsync(table));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Query_HeldUpPastTheStatementTimeout_IsCancelledAndTheConnectionStaysUsable(bool alwaysRollBack)
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open(alwaysRollBack, statementTimeout: TimeSpan.FromSeconds(1));
        await CallAsync(database.Db, "execute", $"UPDATE {table} SET name = $1 WHERE id = $2", """["changed", 1]""");
        var (sql, holder) = await BlockedStatementAsync(table);
        await using (holder)
        {
            var timedOut = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, sql));
            var after = await QueryAsync(database, $"SELECT name FROM {table} WHERE id = $1", "[1]");

            Assert.Equal("The query ran longer than 1 s and was cancelled.", timedOut.Message);
            // A debug run on DuckDB starts its transaction afresh after a failed statement.
            var kept = !alwaysRollBack || KeepsEarlierWritesAfterAFailure;
            Assert.Equal(kept ? """[{"name":"changed"}]""" : """[{"name":"one"}]""", after!.ToJsonString());
        }
    }

    [Fact]
    public async Task Execute_DatabaseRefuses_ExplainsInPlainWords()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open();

        var duplicate = await Assert.ThrowsAsync<ScriptHostException>(() => CallAsync(database.Db, "execute", $"INSERT INTO {table} (id, name) VALUES ($1, $2)", """[1, "again"]"""));
        var missing = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT id FROM no_such_table WHERE id = $1", "[1]"));

        Assert.StartsWith("The data was refused: duplicate key", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("undefined table", missing.Message, StringComparison.Ordinal);
        foreach (var message in new[] { duplicate.Message, missing.Message })
        {
            Assert.DoesNotContain(DriverWords, word => message.Contains(word, StringComparison.Ordinal));
        }
        Assert.Equal(3, await CountAsync(database, table));
    }

    [Fact]
    public async Task Query_UnreachableDatasource_SaysSoWithTheReason()
    {
        var (definition, reason) = fixture.Database.Unreachable;
        await using var pool = ScriptDatabaseFixture<TDatasource>.CreatePool(definition);
        await using var database = new ScriptDatabase(pool, "offline", new ScriptDatabaseOptions(TimeSpan.FromSeconds(30), 100));

        var error = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT 1 AS one"));

        Assert.Equal($"Datasource 'offline' is unreachable: {reason}. Retry shortly.", error.Message);
    }

    [Fact]
    public async Task Query_MoreRowsThanTheCap_IsRefusedNamingTheSetting()
    {
        var table = await ItemsAsync();
        await using var database = fixture.Open(maxRows: 2);

        var error = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, $"SELECT id FROM {table}"));
        var two = await QueryAsync(database, $"SELECT id FROM {table} WHERE id <= $1 ORDER BY id", "[2]");

        Assert.Equal("db.query returned more than 2 rows (GATEWAY_MAX_RESPONSE_ROWS); add a LIMIT, or read the rows in pages.", error.Message);
        Assert.Equal("""[{"id":1},{"id":2}]""", two!.ToJsonString());
    }

    [Fact]
    public async Task Query_BadTemplateOrSeveralStatements_IsRefusedWithWhere()
    {
        await using var database = fixture.Open();

        var syntax = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT 1 AS a\nWHERE {% if x %} 1 = 1", """{"x": 1}"""));
        var unknown = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT {{ nmae }} AS a", """{"name": 1}"""));
        var several = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT 1 AS a; SELECT 2 AS b"));
        var values = await Assert.ThrowsAsync<ScriptHostException>(() => QueryAsync(database, "SELECT 1 AS a", "\"x\""));

        Assert.StartsWith("db.query: the SQL template does not parse: line 2, column", syntax.Message, StringComparison.Ordinal);
        Assert.Equal("db.query: the template reads 'nmae', missing from the values object (pass null for a value left out).", unknown.Message);
        Assert.Equal("db.query: the SQL holds more than one statement; run each statement with a call of its own.", several.Message);
        Assert.Equal("db.query: the values must be an array (for $1, $2, …) or an object (for {{ name }} in a template), not a string.", values.Message);
    }

    private sealed class NoHolder : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A fresh table of three items: (1, one), (2, two), (3, three).</summary>
    private async Task<string> ItemsAsync()
    {
        var table = "it" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Database.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        await fixture.Database.ExecuteAsync($"INSERT INTO {table} (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        return table;
    }

    private static async Task<JsonNode?> CallAsync(ScriptHostObject host, string method, string? sql = null, string? values = null)
    {
        JsonNode?[] arguments = sql is null ? [] : values is null ? [JsonValue.Create(sql)] : [JsonValue.Create(sql), JsonNode.Parse(values)];
        return await host.Methods.Single(m => m.Name == method).Call(arguments, CancellationToken.None);
    }

    private static Task<JsonNode?> QueryAsync(ScriptDatabase database, string sql, string? values = null) => CallAsync(database.Db, "query", sql, values);

    private static async Task<long> CountAsync(ScriptDatabase database, string table) =>
        (long)(await CallAsync(database.Db, "queryOne", $"SELECT COUNT(*) AS n FROM {table}"))!["n"]!;

    /// <summary>The count seen by a run of its own, after the others have ended.</summary>
    private async Task<long> CountAsync(string table)
    {
        await using var database = fixture.Open();
        return await CountAsync(database, table);
    }
}

public sealed class PostgresScriptDatabaseTests(PostgresScriptDatabase fixture)
    : ScriptDatabaseScenarios<PostgresTestDatasource>(fixture), IClassFixture<PostgresScriptDatabase>
{
    private readonly PostgresScriptDatabase _fixture = fixture;

    protected override async Task<(string Sql, IAsyncDisposable Holder)> BlockedStatementAsync(string table)
    {
        var gate = await AdvisoryGate.CloseAsync(_fixture.Database.ConnectionString);
        return (gate.WaitSql, gate);
    }
}

public sealed class MariaDbScriptDatabaseTests(MariaDbScriptDatabase fixture)
    : ScriptDatabaseScenarios<MariaDbTestDatasource>(fixture), IClassFixture<MariaDbScriptDatabase>
{
    private readonly MariaDbScriptDatabase _fixture = fixture;

    protected override string TimestampType => "DATETIME";

    protected override async Task<(string Sql, IAsyncDisposable Holder)> BlockedStatementAsync(string table)
    {
        var name = "gate_" + table;
        var holder = new MySqlConnection(_fixture.Database.ConnectionString);
        await holder.OpenAsync();
        await using var take = new MySqlCommand($"SELECT GET_LOCK('{name}', 0)", holder);
        await take.ExecuteScalarAsync();
        return ($"SELECT GET_LOCK('{name}', 60) AS got", holder);
    }
}

public sealed class SqliteScriptDatabaseTests(SqliteScriptDatabase fixture)
    : ScriptDatabaseScenarios<SqliteTestDatasource>(fixture), IClassFixture<SqliteScriptDatabase>
{
    protected override string TrueAsRead => "1";
}

public sealed class DuckDbScriptDatabaseTests(DuckDbScriptDatabase fixture)
    : ScriptDatabaseScenarios<DuckDbTestDatasource>(fixture), IClassFixture<DuckDbScriptDatabase>
{
    protected override bool KeepsEarlierWritesAfterAFailure => false;
}
