namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty database of one engine that the gateway tests query, with a way
/// to run setup SQL on it directly.</summary>
public abstract class TestDatasource : IAsyncDisposable
{
    /// <summary>The body of POST /api/v1/datasources for it (without a name).</summary>
    public abstract Dictionary<string, object?> Definition { get; }

    /// <summary>A statement that runs for at least <paramref name="seconds"/> seconds on any
    /// machine: a sleep where the engine has one, else enough work for the fastest machine
    /// (far longer on a slow one), for tests that cancel it with a statement timeout.</summary>
    public abstract string SlowQuery(int seconds);

    /// <summary>The body of POST /api/v1/datasources for a datasource of this engine that cannot
    /// be reached (a closed port, a file in a missing folder), and the reason Sluice gives.</summary>
    public abstract (Dictionary<string, object?> Definition, string Reason) Unreachable { get; }

    /// <summary>Runs setup statements on the database directly.</summary>
    public abstract Task ExecuteAsync(string sql);

    /// <summary>True when the engine keeps DECIMAL exactly (SQLite stores it as a float).</summary>
    public virtual bool HasExactDecimals => true;

    /// <summary>Appended to CREATE TABLE so the engine refuses a value of the wrong type (SQLite: STRICT).</summary>
    public virtual string TypeCheckedTable => "";

    /// <summary><see cref="Definition"/> with foreign keys enforced (SQLite checks them only when asked).</summary>
    public virtual Dictionary<string, object?> DefinitionWithForeignKeys => Definition;

    public abstract ValueTask DisposeAsync();
}
