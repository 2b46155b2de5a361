using System.Globalization;
using Sluice.Core.Connectors;

namespace Sluice.Server.Scripting;

/// <summary>The words a script gets for a failed statement: the gateway's, for the same
/// failure (README, "Gateway errors").</summary>
internal static class ScriptFailureMessages
{
    public static string Timeout(TimeSpan statementTimeout) =>
        string.Create(CultureInfo.InvariantCulture, $"The query ran longer than {statementTimeout.TotalSeconds:0.###} s and was cancelled.");

    public static string Unreachable(string datasourceName, string reason) => $"Datasource '{datasourceName}' is unreachable: {reason}. Retry shortly.";

    /// <summary>What a rejected statement means; the database's own message only when
    /// <paramref name="showDatabaseMessage"/>.</summary>
    public static string Explain(StatementFailure failure, TimeSpan statementTimeout, bool showDatabaseMessage) => failure.Kind switch
    {
        StatementFailureKind.Timeout => Timeout(statementTimeout),
        StatementFailureKind.Integrity or StatementFailureKind.Busy or StatementFailureKind.Refused => failure.Message,
        StatementFailureKind.InvalidInput or StatementFailureKind.BrokenQuery => failure.Explain(showDatabaseMessage),
        _ => showDatabaseMessage
            ? "The query failed: " + failure.Message
            : "The query failed" + (failure.Code is { } code ? $" (database error {code})." : "."),
    };
}
