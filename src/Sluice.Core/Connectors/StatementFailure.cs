namespace Sluice.Core.Connectors;

/// <summary>A failed statement explained for the API's author.</summary>
/// <param name="Kind">What it means for the answer.</param>
/// <param name="Message">The explanation safe to show a caller: Sluice's own words naming the
/// kind (and the constraint or column when the database gives one), never row data; for
/// <see cref="StatementFailureKind.Query"/> the database's own message.</param>
public sealed record StatementFailure(StatementFailureKind Kind, string Message)
{
    /// <summary>The SQLSTATE or vendor code (e.g. <c>23505</c>, <c>1062</c>, <c>SQLITE_CONSTRAINT_UNIQUE</c>), when there is one.</summary>
    public string? Code { get; init; }

    /// <summary>The database's own message without driver hints, for the log and for the
    /// author; it may quote values, so it is not shown to callers in production.</summary>
    public string? DatabaseMessage { get; init; }

    /// <summary>The text to log: the database's message, except where it would quote a
    /// caller's values or other rows (integrity and input failures), which log Sluice's words.</summary>
    public string LogText => Kind is StatementFailureKind.Integrity or StatementFailureKind.InvalidInput ? Message : DatabaseMessage ?? Message;

    /// <summary><see cref="Message"/>, followed by the database's own message when
    /// <paramref name="withDatabaseMessage"/> and it adds something.</summary>
    public string Explain(bool withDatabaseMessage) =>
        withDatabaseMessage && DatabaseMessage is { } database && database != Message ? $"{Message} The database said: {database}" : Message;
}
