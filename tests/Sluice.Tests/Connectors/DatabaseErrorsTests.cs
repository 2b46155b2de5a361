using DuckDB.NET.Native;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sluice.Core.Connectors;

namespace Sluice.Tests.Connectors;

/// <summary>The mapping tables: every engine's codes for one meaning land on the same kind.</summary>
public sealed class DatabaseErrorsTests
{
    [Theory]
    [InlineData("23505", StatementFailureKind.Integrity, "duplicate key")]
    [InlineData("23503", StatementFailureKind.Integrity, "foreign key violation")]
    [InlineData("23502", StatementFailureKind.Integrity, "a required value is null")]
    [InlineData("23514", StatementFailureKind.Integrity, "check constraint violation")]
    [InlineData("22P02", StatementFailureKind.InvalidInput, "a value is not valid for its type")]
    [InlineData("22003", StatementFailureKind.InvalidInput, "a number is out of range")]
    [InlineData("22007", StatementFailureKind.InvalidInput, "a date or time is not valid")]
    [InlineData("22001", StatementFailureKind.InvalidInput, "a value is too long for its column")]
    [InlineData("22023", StatementFailureKind.InvalidInput, "a value is not valid for its type")]
    [InlineData("42P01", StatementFailureKind.BrokenQuery, "undefined table")]
    [InlineData("42703", StatementFailureKind.BrokenQuery, "undefined column")]
    [InlineData("42883", StatementFailureKind.BrokenQuery, "undefined function")]
    [InlineData("42601", StatementFailureKind.BrokenQuery, "syntax error")]
    [InlineData("40001", StatementFailureKind.Busy, "serialization failure")]
    [InlineData("40P01", StatementFailureKind.Busy, "deadlock")]
    [InlineData("55P03", StatementFailureKind.Busy, "lock wait timeout")]
    [InlineData("57014", StatementFailureKind.Timeout, "statement timeout or interrupt")]
    public void Postgres_SqlState_MapsToItsMeaning(string sqlState, StatementFailureKind kind, string what)
    {
        var meaning = PostgresErrors.Meaning(sqlState);

        Assert.Equal(kind, meaning?.Kind);
        Assert.Equal(what, meaning?.What);
    }

    [Fact]
    public void Postgres_UnmappedState_IsAPlainQueryFailure()
    {
        var failure = DatabaseErrors.Describe(new PostgresException("raised by a function", "ERROR", "ERROR", "P0001"));

        Assert.Equal(StatementFailureKind.Query, failure.Kind);
        Assert.Equal("raised by a function", failure.Message);
    }

    [Fact]
    public void Postgres_UniqueViolation_NamesTheConstraintNotTheValues()
    {
        var exception = new PostgresException("duplicate key value violates unique constraint \"users_email_key\"", "ERROR", "ERROR", "23505",
            detail: "Key (email)=(someone@example.com) already exists.", constraintName: "users_email_key");

        var failure = DatabaseErrors.Describe(exception);

        Assert.Equal(StatementFailureKind.Integrity, failure.Kind);
        Assert.Equal("The data was refused: duplicate key (constraint \"users_email_key\").", failure.Message);
        Assert.Equal("23505", failure.Code);
        Assert.DoesNotContain("someone@example.com", failure.Explain(withDatabaseMessage: true), StringComparison.Ordinal);
        Assert.DoesNotContain("Include Error Detail", failure.Explain(withDatabaseMessage: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1062, "23000", StatementFailureKind.Integrity, "duplicate key")]
    [InlineData(1452, "23000", StatementFailureKind.Integrity, "foreign key violation")]
    [InlineData(1048, "23000", StatementFailureKind.Integrity, "a required value is null")]
    [InlineData(4025, "23000", StatementFailureKind.Integrity, "check constraint violation")]
    [InlineData(3819, "HY000", StatementFailureKind.Integrity, "check constraint violation")]
    [InlineData(1366, "22007", StatementFailureKind.InvalidInput, "a value is not valid for its type")]
    [InlineData(1264, "22003", StatementFailureKind.InvalidInput, "a number is out of range")]
    [InlineData(1292, "22007", StatementFailureKind.InvalidInput, "a date or time is not valid")]
    [InlineData(1406, "22001", StatementFailureKind.InvalidInput, "a value is too long for its column")]
    [InlineData(1146, "42S02", StatementFailureKind.BrokenQuery, "undefined table")]
    [InlineData(1054, "42S22", StatementFailureKind.BrokenQuery, "undefined column")]
    [InlineData(1305, "42000", StatementFailureKind.BrokenQuery, "undefined function")]
    [InlineData(1064, "42000", StatementFailureKind.BrokenQuery, "syntax error")]
    [InlineData(1213, "40001", StatementFailureKind.Busy, "deadlock")]
    [InlineData(1205, "HY000", StatementFailureKind.Busy, "lock wait timeout")]
    [InlineData(1969, "70100", StatementFailureKind.Timeout, "statement timeout or interrupt")]
    [InlineData(9999, "23000", StatementFailureKind.Integrity, "integrity constraint violation")]
    public void MySql_NumberOrSqlState_MapsToItsMeaning(int number, string sqlState, StatementFailureKind kind, string what)
    {
        var meaning = MySqlErrors.Meaning(number, sqlState);

        Assert.Equal(kind, meaning?.Kind);
        Assert.Equal(what, meaning?.What);
    }

    [Theory]
    [InlineData("Duplicate entry 'someone@example.com' for key 'email'", "key \"email\"")]
    [InlineData("Cannot add or update a child row: a foreign key constraint fails (`db`.`child`, CONSTRAINT `child_ibfk_1` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`))",
        "constraint \"child_ibfk_1\"")]
    [InlineData("CONSTRAINT `qty_positive` failed for `db`.`items`", "constraint \"qty_positive\"")]
    [InlineData("Check constraint 'qty_positive' is violated.", "constraint \"qty_positive\"")]
    [InlineData("Column 'label' cannot be null", "column \"label\"")]
    [InlineData("Something else entirely", null)]
    public void MySql_IntegrityMessage_YieldsTheNameOnly(string message, string? subject)
    {
        Assert.Equal(subject, MySqlErrors.Subject(message));
    }

    [Theory]
    [InlineData(19, 2067, "UNIQUE constraint failed: users.email", StatementFailureKind.Integrity, "duplicate key")]
    [InlineData(19, 1555, "UNIQUE constraint failed: users.id", StatementFailureKind.Integrity, "duplicate key")]
    [InlineData(19, 787, "FOREIGN KEY constraint failed", StatementFailureKind.Integrity, "foreign key violation")]
    [InlineData(19, 1299, "NOT NULL constraint failed: users.name", StatementFailureKind.Integrity, "a required value is null")]
    [InlineData(19, 275, "CHECK constraint failed: qty_positive", StatementFailureKind.Integrity, "check constraint violation")]
    [InlineData(19, 3091, "cannot store TEXT value in INTEGER column t.qty", StatementFailureKind.InvalidInput, "a value is not valid for its type")]
    [InlineData(1, 1, "no such table: users", StatementFailureKind.BrokenQuery, "undefined table")]
    [InlineData(1, 1, "no such column: nme", StatementFailureKind.BrokenQuery, "undefined column")]
    [InlineData(1, 1, "no such function: nope", StatementFailureKind.BrokenQuery, "undefined function")]
    [InlineData(1, 1, "near \"SELEC\": syntax error", StatementFailureKind.BrokenQuery, "syntax error")]
    [InlineData(1, 1, "integer overflow", StatementFailureKind.InvalidInput, "a number is out of range")]
    [InlineData(5, 5, "database is locked", StatementFailureKind.Busy, "the file is locked by another connection or process")]
    [InlineData(9, 9, "interrupted", StatementFailureKind.Timeout, "statement timeout or interrupt")]
    public void Sqlite_ResultCode_MapsToItsMeaning(int primary, int extended, string message, StatementFailureKind kind, string what)
    {
        var failure = DatabaseErrors.Describe(new SqliteException($"SQLite Error {primary}: '{message}'.", primary, extended));

        Assert.Equal(kind, failure.Kind);
        Assert.Contains(what, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_NotNull_NamesTheColumn()
    {
        var failure = DatabaseErrors.Describe(new SqliteException("SQLite Error 19: 'NOT NULL constraint failed: users.name'.", 19, 1299));

        Assert.Equal("The data was refused: a required value is null (column \"users.name\").", failure.Message);
        Assert.Equal("SQLITE_CONSTRAINT_NOTNULL", failure.Code);
    }

    [Theory]
    [InlineData(DuckDBErrorType.Constraint, "Constraint Error: Duplicate key \"id: 1\" violates primary key constraint.", StatementFailureKind.Integrity, "duplicate key")]
    [InlineData(DuckDBErrorType.Constraint, "Constraint Error: Violates foreign key constraint because key \"id: 5\" does not exist", StatementFailureKind.Integrity, "foreign key violation")]
    [InlineData(DuckDBErrorType.Constraint, "Constraint Error: NOT NULL constraint failed: t.name", StatementFailureKind.Integrity, "a required value is null")]
    [InlineData(DuckDBErrorType.Constraint, "Constraint Error: CHECK constraint failed on table t with expression CHECK((qty > 0))", StatementFailureKind.Integrity, "check constraint violation")]
    [InlineData(DuckDBErrorType.Conversion, "Conversion Error: Could not convert string 'x' to INT32", StatementFailureKind.InvalidInput, "a value is not valid for its type")]
    [InlineData(DuckDBErrorType.OutOfRange, "Out of Range Error: Overflow on abs", StatementFailureKind.InvalidInput, "a number is out of range")]
    [InlineData(DuckDBErrorType.Invalid, "Catalog Error: Table with name t does not exist!", StatementFailureKind.BrokenQuery, "undefined table")]
    [InlineData(DuckDBErrorType.Invalid, "Catalog Error: Scalar Function with name nope does not exist!", StatementFailureKind.BrokenQuery, "undefined function")]
    [InlineData(DuckDBErrorType.Invalid, "Binder Error: Referenced column \"nme\" not found in FROM clause!", StatementFailureKind.BrokenQuery, "undefined column")]
    [InlineData(DuckDBErrorType.Invalid, "Parser Error: syntax error at or near \"SELEC\"", StatementFailureKind.BrokenQuery, "syntax error")]
    [InlineData(DuckDBErrorType.Invalid, "TransactionContext Error: Catalog write-write conflict on alter", StatementFailureKind.Busy, "serialization failure")]
    public void DuckDb_TypeAndMessage_MapToTheMeaning(DuckDBErrorType reported, string message, StatementFailureKind kind, string what)
    {
        var meaning = DuckDbErrors.Meaning(DuckDbErrors.TypeOf(reported, message), message);

        Assert.Equal(kind, meaning?.Kind);
        Assert.Equal(what, meaning?.What);
    }

    [Fact]
    public void Explain_OnlyAddsTheDatabasesMessageWhenAsked()
    {
        var failure = DatabaseErrors.Describe(new PostgresException("invalid input syntax for type integer: \"lots\"", "ERROR", "ERROR", "22P02"));

        Assert.Equal("Invalid input: a value is not valid for its type.", failure.Explain(withDatabaseMessage: false));
        Assert.Equal("Invalid input: a value is not valid for its type. The database said: invalid input syntax for type integer: \"lots\"",
            failure.Explain(withDatabaseMessage: true));
        Assert.Equal("Invalid input: a value is not valid for its type.", failure.LogText);
    }
}
