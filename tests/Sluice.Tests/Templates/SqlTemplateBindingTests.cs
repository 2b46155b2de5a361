using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class SqlTemplateBindingTests
{
    public static TheoryData<string> HostileStrings => new()
    {
        "'; DROP TABLE users; --",
        "\\'; SELECT 1; --",
        "it''s",
        "/* comment */ 1",
        "a\0b",
        "\"quoted\" `ticked` [bracketed]",
        "$1 @p0 ? $$dollar$$",
        "ünïcødé ✓ 😀",
        "\uE0000\uE001",
        "{{ x }} {% if y %}",
        "line1\nline2\r\n-- comment",
    };

    [Theory]
    [InlineData(SqlDialect.Postgres, "SELECT * FROM t WHERE a = $1 AND b = $2")]
    [InlineData(SqlDialect.DuckDb, "SELECT * FROM t WHERE a = $1 AND b = $2")]
    [InlineData(SqlDialect.MySql, "SELECT * FROM t WHERE a = ? AND b = ?")]
    [InlineData(SqlDialect.Sqlite, "SELECT * FROM t WHERE a = @p0 AND b = @p1")]
    public void Render_SameTemplate_UsesEachDialectsPlaceholders(SqlDialect dialect, string expected)
    {
        var statement = TemplateRun.Statement("SELECT * FROM t WHERE a = {{ a }} AND b = {{ b }}",
            new() { ["a"] = 5L, ["b"] = "x" }, dialect);

        Assert.Equal(expected, statement.Sql);
        Assert.Equal([5L, "x"], statement.Values);
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Render_HostileString_AppearsOnlyInValues(string hostile)
    {
        foreach (var dialect in Enum.GetValues<SqlDialect>())
        {
            var statement = TemplateRun.Statement("SELECT * FROM t WHERE name = {{ name }}", new() { ["name"] = hostile }, dialect);

            Assert.Equal("SELECT * FROM t WHERE name = " + dialect.Placeholder(0), statement.Sql);
            Assert.Equal([hostile], statement.Values);
        }
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Render_HostileStringsInList_AppearOnlyInValues(string hostile)
    {
        var statement = TemplateRun.Statement("SELECT * FROM t WHERE name IN {{ names }}",
            new() { ["names"] = new List<object?> { hostile, "plain" } }, SqlDialect.MySql);

        Assert.Equal("SELECT * FROM t WHERE name IN (?, ?)", statement.Sql);
        Assert.Equal([hostile, "plain"], statement.Values);
    }

    [Fact]
    public void Render_NullAndUndefined_BindNull()
    {
        var statement = TemplateRun.Statement("UPDATE t SET a = {{ a }}, b = {{ missing }}, c = {{ obj.missing.deeper }}",
            new() { ["a"] = null, ["obj"] = new Dictionary<string, object?>() });

        Assert.Equal("UPDATE t SET a = $1, b = $2, c = $3", statement.Sql);
        Assert.Equal([null, null, null], statement.Values);
    }

    [Fact]
    public void Render_List_ExpandsToOneParameterPerItem()
    {
        var statement = TemplateRun.Statement("SELECT * FROM t WHERE id IN {{ ids }} AND tag IN {{ tags }}",
            new() { ["ids"] = new List<object?> { 1L, 2L, 3L }, ["tags"] = new object?[] { "a", "b" } }, SqlDialect.Sqlite);

        Assert.Equal("SELECT * FROM t WHERE id IN (@p0, @p1, @p2) AND tag IN (@p3, @p4)", statement.Sql);
        Assert.Equal([1L, 2L, 3L, "a", "b"], statement.Values);
    }

    [Theory]
    [InlineData(SqlDialect.Postgres)]
    [InlineData(SqlDialect.MySql)]
    [InlineData(SqlDialect.Sqlite)]
    [InlineData(SqlDialect.DuckDb)]
    public void Render_EmptyList_RendersNullListThatMatchesNothing(SqlDialect dialect)
    {
        var statement = TemplateRun.Statement("SELECT * FROM t WHERE id IN {{ ids }} OR id NOT IN {{ ids }}",
            new() { ["ids"] = new List<object?>() }, dialect);

        Assert.Equal("SELECT * FROM t WHERE id IN (NULL) OR id NOT IN (NULL)", statement.Sql);
        Assert.Empty(statement.Values);
    }

    [Fact]
    public void Render_ListWithNull_BindsNullItem()
    {
        var statement = TemplateRun.Statement("x IN {{ xs }}", new() { ["xs"] = new List<object?> { "a", null } });

        Assert.Equal("x IN ($1, $2)", statement.Sql);
        Assert.Equal(["a", null], statement.Values);
    }

    [Fact]
    public void Render_ListInsideList_IsTemplateFault()
    {
        var result = TemplateRun.Render("x IN {{ xs }}", new() { ["xs"] = new List<object?> { new List<object?> { 1L } } });

        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Contains("list inside a list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValuesOfEachBinderType_PassThroughUnchanged()
    {
        var date = new DateOnly(2024, 2, 29);
        var dateTime = new DateTime(2024, 2, 29, 13, 45, 0, DateTimeKind.Utc);
        var instant = new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2));
        var statement = TemplateRun.Statement("VALUES ({{ s }}, {{ l }}, {{ m }}, {{ b }}, {{ d }}, {{ dt }}, {{ dto }})",
            new() { ["s"] = "s", ["l"] = long.MaxValue, ["m"] = 12.345m, ["b"] = false, ["d"] = date, ["dt"] = dateTime, ["dto"] = instant });

        Assert.Equal(["s", long.MaxValue, 12.345m, false, date, dateTime, instant], statement.Values);
    }

    [Fact]
    public void Render_TemplateLiterals_BindAsLongAndDecimal()
    {
        var statement = TemplateRun.Statement("SELECT {{ 3 }}, {{ 1.5 }}, {{ 'text' }}");

        Assert.Equal("SELECT $1, $2, $3", statement.Sql);
        Assert.Equal([3L, 1.5m, "text"], statement.Values);
    }

    [Fact]
    public void Render_ObjectMembers_AreAccessibleAndIterable()
    {
        var filter = new Dictionary<string, object?> { ["name"] = "ann", ["age"] = 40L };
        var statement = TemplateRun.Statement(
            "SELECT {{ filter.name }}{% for f in filter %}, {{ f.key }} = {{ f.value }}{% endfor %}",
            new() { ["filter"] = filter });

        Assert.Equal("SELECT $1, $2 = $3, $4 = $5", statement.Sql);
        Assert.Equal(["ann", "name", "ann", "age", 40L], statement.Values);
    }

    [Fact]
    public void Render_NestedObjectsAndLists_AreAccessible()
    {
        var body = new Dictionary<string, object?>
        {
            ["rows"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id"] = 1L, ["tags"] = new List<object?> { "a" } },
                new Dictionary<string, object?> { ["id"] = 2L, ["tags"] = new List<object?>() },
            },
        };
        var statement = TemplateRun.Statement(
            "INSERT INTO t (id, tag) VALUES {% for r in body.rows %}({{ r.id }}, {{ r.tags[0] }}){% unless forloop.last %}, {% endunless %}{% endfor %}",
            new() { ["body"] = body }, SqlDialect.MySql);

        Assert.Equal("INSERT INTO t (id, tag) VALUES (?, ?), (?, ?)", statement.Sql);
        Assert.Equal([1L, "a", 2L, null], statement.Values);
    }

    [Fact]
    public void Render_ObjectOutput_IsTemplateFault()
    {
        var result = TemplateRun.Render("SELECT {{ filter }}", new() { ["filter"] = new Dictionary<string, object?> { ["a"] = 1L } });

        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Contains("Cannot bind an object", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LiquidControlFlow_Works()
    {
        const string Source = """
            SELECT * FROM t WHERE 1 = 1
            {%- if kind == 'a' %} AND a = {{ value }}
            {%- elsif kind == 'b' %} AND b = {{ value | upcase }}
            {%- else %} AND c IS NULL{% endif %}
            {%- unless all %} AND active{% endunless %}
            {%- assign limit = page_size | default: 10 %} LIMIT {{ limit }}
            """;

        var b = TemplateRun.Statement(Source, new() { ["kind"] = "b", ["value"] = "x", ["all"] = true });
        var other = TemplateRun.Statement(Source, new() { ["page_size"] = 5L });

        Assert.Equal("SELECT * FROM t WHERE 1 = 1 AND b = $1 LIMIT $2", b.Sql);
        Assert.Equal(["X", 10L], b.Values);
        Assert.Equal("SELECT * FROM t WHERE 1 = 1 AND c IS NULL AND active LIMIT $1", other.Sql);
        Assert.Equal([5L], other.Values);
    }

    [Fact]
    public void Render_ForLoop_BindsItemsAndForloopVariables()
    {
        var statement = TemplateRun.Statement(
            "INSERT INTO t VALUES {% for x in xs %}({{ forloop.index }}, {{ x }}){% if forloop.last == false %}, {% endif %}{% endfor %}",
            new() { ["xs"] = new List<object?> { "a", "b" } });

        Assert.Equal("INSERT INTO t VALUES ($1, $2), ($3, $4)", statement.Sql);
        Assert.Equal([1L, "a", 2L, "b"], statement.Values);
    }

    [Fact]
    public void Render_Capture_KeepsCapturedOutputsAsParameters()
    {
        var statement = TemplateRun.Statement(
            "{% capture cond %}a = {{ a }} AND b = {{ b }}{% endcapture %}SELECT * FROM t WHERE {{ cond }} OR ({{ cond }})",
            new() { ["a"] = "x'; --", ["b"] = 2L });

        Assert.Equal("SELECT * FROM t WHERE a = $1 AND b = $2 OR (a = $3 AND b = $4)", statement.Sql);
        Assert.Equal(["x'; --", 2L, "x'; --", 2L], statement.Values);
    }

    [Fact]
    public void Render_CaptureThroughAFilter_IsBoundAsAValue()
    {
        var statement = TemplateRun.Statement("{% capture c %}drop table t{% endcapture %}SELECT {{ c | upcase }}");

        Assert.Equal("SELECT $1", statement.Sql);
        Assert.Equal(["DROP TABLE T"], statement.Values);
    }

    [Fact]
    public void Render_EmptyCapture_CanBeTestedAndWritesNothing()
    {
        var statement = TemplateRun.Statement(
            "{% capture c %}{% if a %}a = {{ a }}{% endif %}{% endcapture %}SELECT 1{% if c != '' %} WHERE {{ c }}{% endif %}{{ c }}");

        Assert.Equal("SELECT 1", statement.Sql);
    }

    [Fact]
    public void Render_AssignedValue_IsBound()
    {
        var statement = TemplateRun.Statement("{% assign next = page | plus: 1 %}{% assign name = q %}SELECT {{ next }}, {{ name }}",
            new() { ["page"] = 1L, ["q"] = "'); --" });

        Assert.Equal("SELECT $1, $2", statement.Sql);
        Assert.Equal(["'); --"], statement.Values.Skip(1));
        Assert.Equal(2L, Convert.ToInt64(statement.Values[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_AbsentValueNamedLikeAFilter_BindsNull()
    {
        var statement = TemplateRun.Statement("SELECT {{ date }}, {{ first | default: 'f' }}, {{ xs | last }}",
            new() { ["xs"] = new List<object?> { "x" } });

        Assert.Equal("SELECT $1, $2, $3", statement.Sql);
        Assert.Equal([null, "f", "x"], statement.Values);
    }

    [Fact]
    public void Render_PlaceholderNextToAWord_IsSeparated()
    {
        var statement = TemplateRun.Statement("SELECT x{{ a }}y", new() { ["a"] = 1L });

        Assert.Equal("SELECT x $1 y", statement.Sql);
    }

    [Fact]
    public void Render_ValueNamedLikeAHiddenFunction_CannotShadowIt()
    {
        var statement = TemplateRun.Statement("SELECT {{ a }}", new() { ["a"] = "x", ["#bind"] = "boom" });

        Assert.Equal("SELECT $1", statement.Sql);
        Assert.Equal(["x"], statement.Values);
    }
}
