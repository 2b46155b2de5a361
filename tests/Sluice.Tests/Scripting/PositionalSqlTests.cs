using System.Text.Json.Nodes;
using Sluice.Core.Templates;
using Sluice.Server.Scripting;

namespace Sluice.Tests.Scripting;

public sealed class PositionalSqlTests
{
    [Theory]
    [InlineData(SqlDialect.Postgres, "SELECT * FROM t WHERE b = $1 AND a = $2 OR a = $3")]
    [InlineData(SqlDialect.DuckDb, "SELECT * FROM t WHERE b = $1 AND a = $2 OR a = $3")]
    [InlineData(SqlDialect.MySql, "SELECT * FROM t WHERE b = ? AND a = ? OR a = ?")]
    [InlineData(SqlDialect.Sqlite, "SELECT * FROM t WHERE b = @p0 AND a = @p1 OR a = @p2")]
    public void Bind_ReusedAndReorderedPlaceholders_BindsEachOccurrenceInTheDialect(SqlDialect dialect, string expected)
    {
        var (statement, error) = PositionalSql.Bind("SELECT * FROM t WHERE b = $2 AND a = $1 OR a = $1;  ", ["a", "b"], dialect);

        Assert.Null(error);
        Assert.Equal(expected, statement!.Sql);
        Assert.Equal(new object?[] { "b", "a", "a" }, statement.Values);
    }

    [Theory]
    [InlineData(SqlDialect.Postgres, "SELECT '$2', \"$2\", $$ $2 $$, E'\\' $2' /* $2 */, ? -- $2")]
    [InlineData(SqlDialect.MySql, "SELECT '\\' $2', `$2`, \"$2\" # $2\n, ?")]
    [InlineData(SqlDialect.Sqlite, "SELECT '$2', [$2], \"$2\", ? -- $2")]
    public void Bind_PlaceholderInLiteralIdentifierOrComment_StaysText(SqlDialect dialect, string sql)
    {
        var (statement, error) = PositionalSql.Bind(sql.Replace("?", "$1", StringComparison.Ordinal), [1L], dialect);

        Assert.Null(error);
        Assert.Equal(sql.Replace("?", dialect.Placeholder(0), StringComparison.Ordinal), statement!.Sql);
        Assert.Single(statement.Values);
    }

    [Theory]
    [InlineData("SELECT $3", "$3 has no value: the values array has 2 items ($1 to $2).")]
    [InlineData("SELECT $1", "the value at position 2 is not used: the SQL has no $2. Remove the value or use it.")]
    [InlineData("SELECT $0, $1, $2", "$0 is not a placeholder: they are numbered $1, $2, … by position in the values array.")]
    [InlineData("SELECT $1; DELETE FROM t WHERE id = $2", "the SQL holds more than one statement; run each statement with a call of its own.")]
    public void Bind_MismatchedValues_IsRefused(string sql, string expected)
    {
        var (statement, error) = PositionalSql.Bind(sql, [1L, 2L], SqlDialect.Postgres);

        Assert.Null(statement);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Positional_JsonValues_BecomeBoundValues()
    {
        var values = JsonNode.Parse("""[1, -9007199254740993, 1.50, 1e300, "text", true, null, {"a": [1]}, [1, 2]]""")!.AsArray()
            .Select(ScriptBindValues.Positional).ToArray();

        Assert.Equal(new object?[] { 1L, -9007199254740993L, 1.50m, 1e300, "text", true, null, """{"a":[1]}""", "[1,2]" }, values);
    }
}
