using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class ClauseBlockTests
{
    private const string Filters = """
        SELECT * FROM t
        {% where %}
          {% if a %}AND a = {{ a }}{% endif %}
          {% if b %}AND b = {{ b }}{% endif %}
        {% endwhere %}
        ORDER BY id
        """;

    [Fact]
    public void Where_AllConditionsFalse_EmitsNoWhere()
    {
        var statement = TemplateRun.Statement(Filters);

        Assert.Equal("SELECT * FROM t\n\nORDER BY id", statement.Sql);
        Assert.Empty(statement.Values);
    }

    [Fact]
    public void Where_FirstConditionFalse_LeavesNoDanglingAnd()
    {
        var statement = TemplateRun.Statement(Filters, new() { ["b"] = 2L });

        Assert.Equal("SELECT * FROM t\nWHERE b = $1\nORDER BY id", statement.Sql);
        Assert.Equal([2L], statement.Values);
    }

    [Fact]
    public void Where_AllConditionsTrue_JoinsThem()
    {
        var statement = TemplateRun.Statement(Filters, new() { ["a"] = 1L, ["b"] = 2L });

        Assert.Matches(@"^SELECT \* FROM t\nWHERE a = \$1\s+AND b = \$2\nORDER BY id$", statement.Sql);
    }

    [Theory]
    [InlineData("{% where %}or x = 1{% endwhere %}", "WHERE x = 1")]
    [InlineData("{% where %}\n  And\tx = 1{% endwhere %}", "WHERE x = 1")]
    [InlineData("{% where %}x = 1 AND {% endwhere %}", "WHERE x = 1")]
    [InlineData("{% where %} AND {% endwhere %}", "")]
    [InlineData("{% where %}   \n  {% endwhere %}", "")]
    [InlineData("{% where %}ANDROID = 1 ORACLE{% endwhere %}", "WHERE ANDROID = 1 ORACLE")]
    [InlineData("{% where %}AND(x = 1 OR y = 2){% endwhere %}", "WHERE (x = 1 OR y = 2)")]
    [InlineData("{% where %}/* AND */ x = 1{% endwhere %}", "WHERE /* AND */ x = 1")]
    [InlineData("{% where %}'AND' = x{% endwhere %}", "WHERE 'AND' = x")]
    [InlineData("{% where %}AND note = 'it''s and or' AND{% endwhere %}", "WHERE note = 'it''s and or'")]
    [InlineData("{% where %}AND \"and\" = 1{% endwhere %}", "WHERE \"and\" = 1")]
    public void Where_Content_TrimsConnectivesOnlyOutsideLiteralsAndComments(string source, string expected)
    {
        var result = TemplateRun.Render("SELECT 1 " + source);

        Assert.Equal(("SELECT 1 " + expected).Trim(), Assert.Single(result.Command!.Statements).Sql);
    }

    [Fact]
    public void Where_LiteralWithAndInside_IsUntouchedOnEveryDialect()
    {
        foreach (var dialect in Enum.GetValues<SqlDialect>())
        {
            var statement = TemplateRun.Statement("SELECT 1 {% where %} AND note = ' and ' AND x = {{ x }}{% endwhere %}",
                new() { ["x"] = 1L }, dialect);

            Assert.Equal("SELECT 1 WHERE note = ' and ' AND x = " + dialect.Placeholder(0), statement.Sql);
        }
    }

    [Fact]
    public void Where_EndingInLineComment_KeepsTheNewline()
    {
        var statement = TemplateRun.Statement("SELECT 1 {% where %}x = 1 -- note{% endwhere %}ORDER BY x");

        Assert.Equal("SELECT 1 WHERE x = 1 -- note\nORDER BY x", statement.Sql);
    }

    [Fact]
    public void Where_ContainingFor_DropsTheFirstOr()
    {
        var statement = TemplateRun.Statement("SELECT 1 {% where %}{% for id in ids %} OR id = {{ id }}{% endfor %}{% endwhere %}",
            new() { ["ids"] = new List<object?> { 7L, 8L } });

        Assert.Equal("SELECT 1 WHERE id = $1 OR id = $2", statement.Sql);
        Assert.Equal([7L, 8L], statement.Values);
    }

    [Fact]
    public void Where_InsideIf_RendersOnlyWhenTheIfHolds()
    {
        const string Source = "SELECT 1 {% if filtered %}{% where %}{% if a %}AND a = {{ a }}{% endif %}{% endwhere %}{% endif %}";

        Assert.Equal("SELECT 1 WHERE a = $1", TemplateRun.Statement(Source, new() { ["filtered"] = true, ["a"] = 1L }).Sql);
        Assert.Equal("SELECT 1", TemplateRun.Statement(Source, new() { ["filtered"] = true }).Sql);
        Assert.Equal("SELECT 1", TemplateRun.Statement(Source, new() { ["a"] = 1L }).Sql);
    }

    [Fact]
    public void Where_InsideFor_RendersOnePerIteration()
    {
        var result = TemplateRun.Render(
            "{% for r in rows %}DELETE FROM t {% where %}{% if r.id %}AND id = {{ r.id }}{% endif %} AND kind = {{ r.kind }}{% endwhere %};{% endfor %}",
            new()
            {
                ["rows"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["id"] = 1L, ["kind"] = "a" },
                    new Dictionary<string, object?> { ["kind"] = "b" },
                },
            });

        Assert.Collection(result.Command!.Statements,
            first =>
            {
                Assert.Equal("DELETE FROM t WHERE id = $1 AND kind = $2", first.Sql);
                Assert.Equal([1L, "a"], first.Values);
            },
            second =>
            {
                Assert.Equal("DELETE FROM t WHERE kind = $1", second.Sql);
                Assert.Equal(["b"], second.Values);
            });
    }

    [Fact]
    public void Where_Nested_EachTrimsItsOwnContent()
    {
        var statement = TemplateRun.Statement(
            "SELECT 1 {% where %}AND id IN (SELECT id FROM u {% where %}AND u.x = {{ x }}{% endwhere %}){% endwhere %}",
            new() { ["x"] = 3L });

        Assert.Equal("SELECT 1 WHERE id IN (SELECT id FROM u WHERE u.x = $1)", statement.Sql);
    }

    [Fact]
    public void Where_WrittenAsOutput_IsAValueNotATag()
    {
        var statement = TemplateRun.Statement("SELECT {{ where }}", new() { ["where"] = "w" });

        Assert.Equal("SELECT $1", statement.Sql);
        Assert.Equal(["w"], statement.Values);
    }

    [Fact]
    public void Set_DropsTrailingComma()
    {
        const string Source = "UPDATE t {% set %}{% if a %}a = {{ a }},{% endif %}{% if b %}b = {{ b }},{% endif %}{% endset %} WHERE id = {{ id }}";

        var both = TemplateRun.Statement(Source, new() { ["a"] = 1L, ["b"] = 2L, ["id"] = 9L });
        var one = TemplateRun.Statement(Source, new() { ["b"] = 2L, ["id"] = 9L }, SqlDialect.MySql);

        Assert.Equal("UPDATE t SET a = $1,b = $2 WHERE id = $3", both.Sql);
        Assert.Equal([1L, 2L, 9L], both.Values);
        Assert.Equal("UPDATE t SET b = ? WHERE id = ?", one.Sql);
    }

    [Fact]
    public void Set_DropsLeadingComma()
    {
        var statement = TemplateRun.Statement("UPDATE t {% set %}{% if a %}, a = {{ a }}{% endif %}, b = 2{% endset %}", new() { ["a"] = 1L });

        Assert.Equal("UPDATE t SET a = $1, b = 2", statement.Sql);
    }

    [Theory]
    [InlineData("SELECT 1 {% where %} x = 1", 1, 13, "{% where %} is not closed by {% endwhere %} in the same block.")]
    [InlineData("SELECT 1\n{% endwhere %}", 2, 4, "{% endwhere %} has no matching {% where %} in the same block.")]
    [InlineData("SELECT 1 {% if a %}{% where %}{% endif %} x = 1{% endwhere %}", 1, 23, "{% where %} is not closed by {% endwhere %} in the same block.")]
    [InlineData("UPDATE t {% set %} a = 1 {% endwhere %}", 1, 29, "{% endwhere %} has no matching {% where %} in the same block.")]
    public void Parse_UnbalancedBlock_ReportsWhere(string source, int line, int column, string message)
    {
        var result = SqlTemplate.Parse(source, TemplateOptions.Default);

        Assert.Null(result.Template);
        Assert.Contains(new TemplateError(line, column, message), result.Errors);
    }
}
