using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using static Sluice.Core.Connectors.ErrorMeanings;

namespace Sluice.Core.Connectors;

/// <summary>SQLite result codes mapped to meanings: the extended code first, then the primary
/// code, and for SQLITE_ERROR (which covers everything from a typo to a missing table) the
/// message's stable prefix.</summary>
internal static partial class SqliteErrors
{
    private static readonly FrozenDictionary<int, (string Name, ErrorMeaning Meaning)> Extended = new Dictionary<int, (string, ErrorMeaning)>
    {
        [2067] = ("SQLITE_CONSTRAINT_UNIQUE", DuplicateKey),
        [1555] = ("SQLITE_CONSTRAINT_PRIMARYKEY", DuplicateKey),
        [787] = ("SQLITE_CONSTRAINT_FOREIGNKEY", ForeignKey),
        [1299] = ("SQLITE_CONSTRAINT_NOTNULL", NotNull),
        [275] = ("SQLITE_CONSTRAINT_CHECK", Check),
        [3091] = ("SQLITE_CONSTRAINT_DATATYPE", BadValue),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, (string Name, ErrorMeaning Meaning)> Primary = new Dictionary<int, (string, ErrorMeaning)>
    {
        [19] = ("SQLITE_CONSTRAINT", Integrity),
        [20] = ("SQLITE_MISMATCH", BadValue),
        [18] = ("SQLITE_TOOBIG", TooLong),
        [5] = ("SQLITE_BUSY", Locked),
        [6] = ("SQLITE_LOCKED", Locked),
        [9] = ("SQLITE_INTERRUPT", Cancelled),
    }.ToFrozenDictionary();

    // SQLITE_ERROR's messages, by the words they start with (or contain, for syntax errors).
    private static readonly (string Text, bool Prefix, ErrorMeaning Meaning)[] Messages =
    [
        ("no such table", true, UndefinedTable),
        ("no such column", true, UndefinedColumn),
        ("no such function", true, UndefinedFunction),
        ("wrong number of arguments to function", true, UndefinedFunction),
        ("syntax error", false, Syntax),
        ("incomplete input", true, Syntax),
        ("unrecognized token", true, Syntax),
        ("integer overflow", true, OutOfRange),
    ];

    private const int SqliteError = 1;

    /// <summary>The code's name and meaning; null when no table row matches.</summary>
    public static (string Name, ErrorMeaning Meaning)? Meaning(int primary, int extended, string message)
    {
        if (Extended.TryGetValue(extended, out var found) || Primary.TryGetValue(primary, out found))
        {
            return found;
        }
        if (primary == SqliteError)
        {
            foreach (var (text, prefix, meaning) in Messages)
            {
                if (prefix ? message.StartsWith(text, StringComparison.Ordinal) : message.Contains(text, StringComparison.Ordinal))
                {
                    return ("SQLITE_ERROR", meaning);
                }
            }
        }
        return null;
    }

    /// <summary>Explains a SQLite error.</summary>
    public static StatementFailure Describe(SqliteException exception)
    {
        var text = MessageText(exception);
        if (Meaning(exception.SqliteErrorCode, exception.SqliteExtendedErrorCode, text) is not { } found)
        {
            return new StatementFailure(StatementFailureKind.Query, exception.Message)
            {
                Code = exception.SqliteExtendedErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture), DatabaseMessage = exception.Message,
            };
        }
        var subject = found.Meaning.Kind == StatementFailureKind.Integrity && ConstraintFailed().Match(text) is { Success: true } named
            ? (found.Meaning == Check ? $"constraint \"{named.Groups[1].Value}\"" : $"column \"{named.Groups[1].Value}\"")
            : null;
        return found.Meaning.ToFailure(found.Name, exception.Message, subject);
    }

    // Microsoft.Data.Sqlite wraps SQLite's message: SQLite Error 19: 'UNIQUE constraint failed: items.id'.
    private static string MessageText(SqliteException exception) =>
        Wrapped().Match(exception.Message) is { Success: true } inner ? inner.Groups[1].Value : exception.Message;

    [GeneratedRegex("^SQLite Error \\d+: '(.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex Wrapped();

    // SQLite names columns (table.column, comma separated) or a CHECK constraint's name; never values.
    [GeneratedRegex("constraint failed: ([\\w.]+(?:, [\\w.]+)*)$")]
    private static partial Regex ConstraintFailed();
}
