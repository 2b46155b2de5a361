using System.Collections.Frozen;
using Npgsql;
using static Sluice.Core.Connectors.ErrorMeanings;

namespace Sluice.Core.Connectors;

/// <summary>PostgreSQL SQLSTATEs mapped to meanings: exact codes first, then the class (the first
/// two characters).</summary>
internal static class PostgresErrors
{
    private static readonly FrozenDictionary<string, ErrorMeaning> Codes = new Dictionary<string, ErrorMeaning>(StringComparer.Ordinal)
    {
        ["23505"] = DuplicateKey,
        ["23503"] = ForeignKey,
        ["23502"] = NotNull,
        ["23514"] = Check,
        ["23P01"] = Exclusion,
        ["22P02"] = BadValue,
        ["22003"] = OutOfRange,
        ["22007"] = BadDateTime,
        ["22008"] = BadDateTime,
        ["22001"] = TooLong,
        ["22012"] = DivisionByZero,
        ["42P01"] = UndefinedTable,
        ["42703"] = UndefinedColumn,
        ["42883"] = UndefinedFunction,
        ["42601"] = Syntax,
        ["42501"] = NoPrivilege,
        ["40001"] = Serialization,
        ["40P01"] = Deadlock,
        ["55P03"] = LockTimeout,
        ["57014"] = Cancelled,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meaning of a SQLSTATE; null when no table row matches.</summary>
    public static ErrorMeaning? Meaning(string sqlState) =>
        Codes.TryGetValue(sqlState, out var meaning) ? meaning : SqlStateClasses.Meaning(sqlState);

    /// <summary>Explains a server error. The message is <see cref="PostgresException.MessageText"/>:
    /// <c>Message</c> carries Npgsql's advice about error details, which is not the caller's business.</summary>
    public static StatementFailure Describe(PostgresException exception)
    {
        if (Meaning(exception.SqlState) is not { } meaning)
        {
            return new StatementFailure(StatementFailureKind.Query, exception.MessageText) { Code = exception.SqlState, DatabaseMessage = exception.MessageText };
        }
        var subject = meaning.Kind != StatementFailureKind.Integrity ? null
            : exception.ConstraintName is { Length: > 0 } constraint ? $"constraint \"{constraint}\""
            : exception.ColumnName is { Length: > 0 } column ? $"column \"{column}\""
            : null;
        return meaning.ToFailure(exception.SqlState, exception.MessageText, subject);
    }
}
