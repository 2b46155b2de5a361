namespace Sluice.Core.Connectors;

/// <summary>What one database error code means: the kind of answer and the words for it.</summary>
/// <param name="Kind">The kind of answer.</param>
/// <param name="What">What went wrong, e.g. "duplicate key".</param>
internal readonly record struct ErrorMeaning(StatementFailureKind Kind, string What)
{
    /// <summary>The failure for this meaning; <paramref name="subject"/> names the constraint or
    /// column when the database gave one (e.g. <c>constraint "items_pkey"</c>).</summary>
    public StatementFailure ToFailure(string code, string databaseMessage, string? subject = null)
    {
        var named = subject is null ? What : $"{What} ({subject})";
        var message = Kind switch
        {
            StatementFailureKind.Integrity => $"The data was refused: {named}.",
            StatementFailureKind.InvalidInput => $"Invalid input: {named}.",
            StatementFailureKind.BrokenQuery => $"The API's query failed: {named}.",
            StatementFailureKind.Busy => $"The database gave up on the statement ({named}); retry shortly.",
            StatementFailureKind.Timeout => $"The database cancelled the statement ({named}).",
            _ => databaseMessage,
        };
        return new StatementFailure(Kind, message) { Code = code, DatabaseMessage = databaseMessage };
    }
}
