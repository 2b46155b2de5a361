using System.Collections.Frozen;
using System.Text.RegularExpressions;
using MySqlConnector;
using static Sluice.Core.Connectors.ErrorMeanings;

namespace Sluice.Core.Connectors;

/// <summary>MySQL and MariaDB error numbers mapped to meanings, then the SQLSTATE class for
/// numbers the table does not list.</summary>
internal static partial class MySqlErrors
{
    private static readonly FrozenDictionary<int, ErrorMeaning> Numbers = new Dictionary<int, ErrorMeaning>
    {
        [1062] = DuplicateKey, // ER_DUP_ENTRY
        [1586] = DuplicateKey, // ER_DUP_ENTRY_WITH_KEY_NAME
        [1451] = ForeignKey, // ER_ROW_IS_REFERENCED_2
        [1452] = ForeignKey, // ER_NO_REFERENCED_ROW_2
        [1216] = ForeignKey, // ER_NO_REFERENCED_ROW
        [1217] = ForeignKey, // ER_ROW_IS_REFERENCED
        [1048] = NotNull, // ER_BAD_NULL_ERROR
        [1364] = NotNull, // ER_NO_DEFAULT_FOR_FIELD
        [3819] = Check, // MySQL ER_CHECK_CONSTRAINT_VIOLATED
        [4025] = Check, // MariaDB ER_CONSTRAINT_FAILED
        [1366] = BadValue, // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD
        [1367] = BadValue, // ER_ILLEGAL_VALUE_FOR_TYPE
        [1411] = BadValue, // ER_WRONG_VALUE_FOR_TYPE
        [1265] = BadValue, // WARN_DATA_TRUNCATED
        [1264] = OutOfRange, // ER_WARN_DATA_OUT_OF_RANGE
        [1690] = OutOfRange, // ER_DATA_OUT_OF_RANGE
        [1292] = BadDateTime, // ER_TRUNCATED_WRONG_VALUE
        [1406] = TooLong, // ER_DATA_TOO_LONG
        [1365] = DivisionByZero, // ER_DIVISION_BY_ZERO
        [1146] = UndefinedTable, // ER_NO_SUCH_TABLE
        [1109] = UndefinedTable, // ER_UNKNOWN_TABLE
        [1054] = UndefinedColumn, // ER_BAD_FIELD_ERROR
        [1305] = UndefinedFunction, // ER_SP_DOES_NOT_EXIST
        [1630] = UndefinedFunction, // ER_FUNC_INEXISTENT_NAME_COLLISION
        [1064] = Syntax, // ER_PARSE_ERROR
        [1149] = Syntax, // ER_SYNTAX_ERROR
        [1142] = NoPrivilege, // ER_TABLEACCESS_DENIED_ERROR
        [1143] = NoPrivilege, // ER_COLUMNACCESS_DENIED_ERROR
        [1370] = NoPrivilege, // ER_PROCACCESS_DENIED_ERROR
        [1213] = Deadlock, // ER_LOCK_DEADLOCK
        [1205] = LockTimeout, // ER_LOCK_WAIT_TIMEOUT
        [3024] = Cancelled, // MySQL ER_QUERY_TIMEOUT (max_execution_time)
        [1969] = Cancelled, // MariaDB ER_STATEMENT_TIMEOUT (max_statement_time)
    }.ToFrozenDictionary();

    /// <summary>The meaning of an error number, else of its SQLSTATE's class; null when neither maps.</summary>
    public static ErrorMeaning? Meaning(int number, string? sqlState) =>
        Numbers.TryGetValue(number, out var meaning) ? meaning : SqlStateClasses.Meaning(sqlState);

    /// <summary>Explains a server error.</summary>
    public static StatementFailure Describe(MySqlException exception)
    {
        var code = exception.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Meaning(exception.Number, exception.SqlState) is not { } meaning)
        {
            return new StatementFailure(StatementFailureKind.Query, exception.Message) { Code = code, DatabaseMessage = exception.Message };
        }
        return meaning.ToFailure(code, exception.Message, meaning.Kind == StatementFailureKind.Integrity ? Subject(exception.Message) : null);
    }

    /// <summary>The key, constraint or column an integrity message names. Only names are taken:
    /// the messages also quote the offending values ("Duplicate entry 'x' for key …").</summary>
    internal static string? Subject(string message) =>
        ForKey().Match(message) is { Success: true } key ? $"key \"{key.Groups[1].Value}\""
        : Constraint().Match(message) is { Success: true } constraint ? $"constraint \"{constraint.Groups[1].Value}\""
        : Column().Match(message) is { Success: true } column ? $"column \"{column.Groups[1].Value}\""
        : null;

    [GeneratedRegex("for key '([^']+)'$")]
    private static partial Regex ForKey();

    [GeneratedRegex("CONSTRAINT [`']([^`']+)[`']", RegexOptions.IgnoreCase)]
    private static partial Regex Constraint();

    [GeneratedRegex("^(?:Column|Field) '([^']+)' (?:cannot be null|doesn't have a default value)")]
    private static partial Regex Column();
}
