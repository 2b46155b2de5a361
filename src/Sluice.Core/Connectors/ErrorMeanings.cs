namespace Sluice.Core.Connectors;

/// <summary>The meanings every engine's codes map to, in one place so the four engines answer
/// alike (see the per-engine tables: <see cref="PostgresErrors"/>, <see cref="MySqlErrors"/>,
/// <see cref="SqliteErrors"/>, <see cref="DuckDbErrors"/>).</summary>
internal static class ErrorMeanings
{
    public static readonly ErrorMeaning DuplicateKey = new(StatementFailureKind.Integrity, "duplicate key");
    public static readonly ErrorMeaning ForeignKey = new(StatementFailureKind.Integrity, "foreign key violation");
    public static readonly ErrorMeaning NotNull = new(StatementFailureKind.Integrity, "a required value is null");
    public static readonly ErrorMeaning Check = new(StatementFailureKind.Integrity, "check constraint violation");
    public static readonly ErrorMeaning Exclusion = new(StatementFailureKind.Integrity, "exclusion constraint violation");
    public static readonly ErrorMeaning Integrity = new(StatementFailureKind.Integrity, "integrity constraint violation");

    public static readonly ErrorMeaning BadValue = new(StatementFailureKind.InvalidInput, "a value is not valid for its type");
    public static readonly ErrorMeaning OutOfRange = new(StatementFailureKind.InvalidInput, "a number is out of range");
    public static readonly ErrorMeaning BadDateTime = new(StatementFailureKind.InvalidInput, "a date or time is not valid");
    public static readonly ErrorMeaning TooLong = new(StatementFailureKind.InvalidInput, "a value is too long for its column");
    public static readonly ErrorMeaning DivisionByZero = new(StatementFailureKind.InvalidInput, "division by zero");

    public static readonly ErrorMeaning UndefinedTable = new(StatementFailureKind.BrokenQuery, "undefined table");
    public static readonly ErrorMeaning UndefinedColumn = new(StatementFailureKind.BrokenQuery, "undefined column");
    public static readonly ErrorMeaning UndefinedFunction = new(StatementFailureKind.BrokenQuery, "undefined function");
    public static readonly ErrorMeaning Syntax = new(StatementFailureKind.BrokenQuery, "syntax error");
    public static readonly ErrorMeaning NoPrivilege = new(StatementFailureKind.BrokenQuery, "the datasource's user lacks a privilege");
    public static readonly ErrorMeaning InvalidQuery = new(StatementFailureKind.BrokenQuery, "invalid query");

    public static readonly ErrorMeaning Deadlock = new(StatementFailureKind.Busy, "deadlock");
    public static readonly ErrorMeaning Serialization = new(StatementFailureKind.Busy, "serialization failure");
    public static readonly ErrorMeaning LockTimeout = new(StatementFailureKind.Busy, "lock wait timeout");
    public static readonly ErrorMeaning Locked = new(StatementFailureKind.Busy, "the file is locked by another connection or process");

    public static readonly ErrorMeaning Cancelled = new(StatementFailureKind.Timeout, "statement timeout or interrupt");
}
