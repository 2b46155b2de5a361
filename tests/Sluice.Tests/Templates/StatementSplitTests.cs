using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class StatementSplitTests
{
    [Theory]
    [InlineData(SqlDialect.Postgres, "INSERT INTO a VALUES ($1, $2)", "UPDATE b SET x = $1")]
    [InlineData(SqlDialect.DuckDb, "INSERT INTO a VALUES ($1, $2)", "UPDATE b SET x = $1")]
    [InlineData(SqlDialect.Sqlite, "INSERT INTO a VALUES (@p0, @p1)", "UPDATE b SET x = @p0")]
    [InlineData(SqlDialect.MySql, "INSERT INTO a VALUES (?, ?)", "UPDATE b SET x = ?")]
    public void Render_TwoStatements_NumbersEachFromItsStart(SqlDialect dialect, string first, string second)
    {
        var result = TemplateRun.Render("INSERT INTO a VALUES ({{ x }}, {{ y }});\n  UPDATE b SET x = {{ z }};",
            new() { ["x"] = 1L, ["y"] = 2L, ["z"] = 3L }, dialect);

        Assert.Collection(result.Command!.Statements,
            statement =>
            {
                Assert.Equal(first, statement.Sql);
                Assert.Equal([1L, 2L], statement.Values);
            },
            statement =>
            {
                Assert.Equal(second, statement.Sql);
                Assert.Equal([3L], statement.Values);
            });
    }

    [Theory]
    [InlineData("SELECT ';' AS x, {{ a }}; SELECT 2", "SELECT ';' AS x, $1")]
    [InlineData("SELECT 'it''s; fine', {{ a }}; SELECT 2", "SELECT 'it''s; fine', $1")]
    [InlineData("SELECT \"a;b\", {{ a }}; SELECT 2", "SELECT \"a;b\", $1")]
    [InlineData("SELECT 1, {{ a }} -- one; two\n; SELECT 2", "SELECT 1, $1 -- one; two")]
    [InlineData("SELECT /* a; /* nested; */ b; */ {{ a }}; SELECT 2", "SELECT /* a; /* nested; */ b; */ $1")]
    [InlineData("DO $$ BEGIN PERFORM 1; END $$, {{ a }}; SELECT 2", "DO $$ BEGIN PERFORM 1; END $$, $1")]
    [InlineData("SELECT $fn$ a; $$ b; $fn$, {{ a }}; SELECT 2", "SELECT $fn$ a; $$ b; $fn$, $1")]
    [InlineData("SELECT E'it\\'s; fine', {{ a }}; SELECT 2", "SELECT E'it\\'s; fine', $1")]
    public void Render_SemicolonInsideLiteralOrComment_DoesNotSplitOnPostgres(string source, string first)
    {
        var result = TemplateRun.Render(source, new() { ["a"] = 1L });

        Assert.Equal([first, "SELECT 2"], result.Command!.Statements.Select(statement => statement.Sql));
        Assert.Equal([1L], result.Command.Statements[0].Values);
    }

    [Theory]
    [InlineData(SqlDialect.MySql, "SELECT 'it\\'s; fine', ?", "SELECT 'it\\'s; fine', {{ a }}; SELECT 2")]
    [InlineData(SqlDialect.MySql, "SELECT `a;b`, ? # one; two", "SELECT `a;b`, {{ a }} # one; two\n; SELECT 2")]
    [InlineData(SqlDialect.Sqlite, "SELECT [a;b], @p0", "SELECT [a;b], {{ a }}; SELECT 2")]
    public void Render_DialectSpecificQuoting_DoesNotSplit(SqlDialect dialect, string first, string source)
    {
        var result = TemplateRun.Render(source, new() { ["a"] = 1L }, dialect);

        Assert.Equal([first, "SELECT 2"], result.Command!.Statements.Select(statement => statement.Sql));
    }

    [Fact]
    public void Render_SemicolonInAValue_DoesNotSplit()
    {
        var result = TemplateRun.Render("SELECT {{ a }}", new() { ["a"] = "1; DROP TABLE t" });

        Assert.Equal("SELECT $1", Assert.Single(result.Command!.Statements).Sql);
    }

    [Fact]
    public void Render_EmptyAndCommentOnlyStatements_AreDropped()
    {
        var result = TemplateRun.Render(";;\n SELECT 1 ;  ;\n{% if x %}SELECT 2;{% endif %} -- the end\n");

        Assert.Equal("SELECT 1", Assert.Single(result.Command!.Statements).Sql);
    }

    [Fact]
    public void Render_NothingButBlanks_IsTemplateFault()
    {
        var result = TemplateRun.Render("{% if x %}SELECT 1{% endif %} ; -- nothing");

        Assert.Null(result.Command);
        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
    }

    [Theory]
    [InlineData("SELECT * FROM t WHERE name LIKE '%{{ q }}%'")]
    [InlineData("SELECT \"{{ q }}\" FROM t")]
    [InlineData("SELECT 1 -- {{ q }}")]
    [InlineData("SELECT 1 /* {{ q }} */")]
    public void Render_OutputInsideLiteralOrComment_IsTemplateFault(string source)
    {
        var result = TemplateRun.Render(source, new() { ["q"] = "x" });

        Assert.Null(result.Command);
        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Contains("landed inside", result.Error, StringComparison.Ordinal);
    }
}
