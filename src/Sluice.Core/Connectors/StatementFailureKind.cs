namespace Sluice.Core.Connectors;

/// <summary>What a failed statement means for the answer. The gateway turns each into one
/// status code; the engines' codes are mapped to these by <see cref="DatabaseErrors"/>.</summary>
public enum StatementFailureKind
{
    /// <summary>The database rejected the statement for a reason no table maps: the database's message, 400.</summary>
    Query,
    /// <summary>The file sandbox refused it (ATTACH, a file read, a setting change…): always shown, 400.</summary>
    Refused,
    /// <summary>The statement lost a race for a lock (deadlock, serialization failure, lock wait
    /// timeout, a SQLite file locked by another connection): 503 with Retry-After.</summary>
    Busy,
    /// <summary>The data broke an integrity rule (duplicate key, foreign key, not null, check): 409.</summary>
    Integrity,
    /// <summary>A value the caller sent does not fit (bad cast, out of range, invalid date, too long): 400.</summary>
    InvalidInput,
    /// <summary>The API's own query is broken (undefined table, column or function, syntax,
    /// missing privilege): not the caller's fault, 500.</summary>
    BrokenQuery,
    /// <summary>The database cancelled the statement (its own statement timeout or an interrupt): 504.</summary>
    Timeout,
}
