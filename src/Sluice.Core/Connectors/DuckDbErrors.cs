using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using static Sluice.Core.Connectors.ErrorMeanings;

namespace Sluice.Core.Connectors;

/// <summary>DuckDB error types (Constraint, Conversion, Catalog, Parser, Binder…) mapped to
/// meanings; where one type covers several meanings, the message's stable words tell them apart.</summary>
internal static partial class DuckDbErrors
{
    // Within one error type, the first row whose words the message contains wins; "" matches all.
    private static readonly (DuckDBErrorType Type, string Words, ErrorMeaning Meaning)[] Rows =
    [
        (DuckDBErrorType.Constraint, "Duplicate key", DuplicateKey),
        (DuckDBErrorType.Constraint, "foreign key", ForeignKey),
        (DuckDBErrorType.Constraint, "NOT NULL constraint", NotNull),
        (DuckDBErrorType.Constraint, "CHECK constraint", Check),
        (DuckDBErrorType.Constraint, "", Integrity),
        (DuckDBErrorType.Conversion, "", BadValue),
        (DuckDBErrorType.InvalidInput, "", BadValue),
        (DuckDBErrorType.OutOfRange, "", OutOfRange),
        (DuckDBErrorType.DivideByZero, "", DivisionByZero),
        (DuckDBErrorType.Catalog, "Table with name", UndefinedTable),
        (DuckDBErrorType.Catalog, "Function with name", UndefinedFunction),
        (DuckDBErrorType.Catalog, "", InvalidQuery),
        (DuckDBErrorType.Binder, "column", UndefinedColumn),
        (DuckDBErrorType.Binder, "", InvalidQuery),
        (DuckDBErrorType.Parser, "", Syntax),
        (DuckDBErrorType.Syntax, "", Syntax),
        (DuckDBErrorType.Transaction, "onflict", Serialization),
        (DuckDBErrorType.Interrupt, "", Cancelled),
    ];

    /// <summary>The meaning of an error type and message; null when no row matches.</summary>
    public static ErrorMeaning? Meaning(DuckDBErrorType type, string message)
    {
        foreach (var (rowType, words, meaning) in Rows)
        {
            if (rowType == type && (words.Length == 0 || message.Contains(words, StringComparison.OrdinalIgnoreCase)))
            {
                return meaning;
            }
        }
        return null;
    }

    // DuckDB.NET leaves ErrorType unset for errors raised while preparing (catalog, binder,
    // parser); the message's "<Type> Error:" prefix says it there.
    private static readonly FrozenDictionary<string, DuckDBErrorType> Prefixes = new Dictionary<string, DuckDBErrorType>(StringComparer.Ordinal)
    {
        ["Constraint"] = DuckDBErrorType.Constraint,
        ["Conversion"] = DuckDBErrorType.Conversion,
        ["Invalid Input"] = DuckDBErrorType.InvalidInput,
        ["Out of Range"] = DuckDBErrorType.OutOfRange,
        ["Catalog"] = DuckDBErrorType.Catalog,
        ["Binder"] = DuckDBErrorType.Binder,
        ["Parser"] = DuckDBErrorType.Parser,
        ["Syntax"] = DuckDBErrorType.Syntax,
        ["TransactionContext"] = DuckDBErrorType.Transaction,
        ["Transaction"] = DuckDBErrorType.Transaction,
        ["Interrupt"] = DuckDBErrorType.Interrupt,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The error's type: the driver's when it set one, else the message's prefix.</summary>
    internal static DuckDBErrorType TypeOf(DuckDBErrorType reported, string message)
    {
        var end = message.IndexOf(" Error: ", StringComparison.Ordinal);
        return end > 0 && Prefixes.TryGetValue(message[..end], out var type) ? type : reported;
    }

    /// <summary>Explains a DuckDB error.</summary>
    public static StatementFailure Describe(DuckDBException exception)
    {
        var type = TypeOf(exception.ErrorType, exception.Message);
        var code = type.ToString();
        if (Meaning(type, exception.Message) is not { } meaning)
        {
            return new StatementFailure(StatementFailureKind.Query, exception.Message) { Code = code, DatabaseMessage = exception.Message };
        }
        // Only NOT NULL names a column; the other constraint messages quote key values.
        var subject = meaning == NotNull && NotNullColumn().Match(exception.Message) is { Success: true } column ? $"column \"{column.Groups[1].Value}\"" : null;
        return meaning.ToFailure(code, exception.Message, subject);
    }

    [GeneratedRegex("NOT NULL constraint failed: ([\\w.]+)")]
    private static partial Regex NotNullColumn();
}
