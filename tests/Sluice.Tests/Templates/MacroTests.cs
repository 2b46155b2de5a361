using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class MacroTests
{
    private static TemplateOptions WithMacros(params (string Name, string Source)[] macros) =>
        new() { Macros = macros.ToDictionary(macro => macro.Name, macro => macro.Source) };

    [Fact]
    public void Include_Macro_IsSplicedAndItsOutputsAreBound()
    {
        var options = WithMacros(("tenant", "AND tenant_id = {{ tenant }}"), ("paging", "LIMIT {{ limit | default: 50 }}"));

        var statement = TemplateRun.Statement(
            "SELECT * FROM t {% where %}{% include 'tenant' %}{% endwhere %} {% include 'paging' %}",
            new() { ["tenant"] = "acme'; --" }, SqlDialect.Sqlite, options);

        Assert.Equal("SELECT * FROM t WHERE tenant_id = @p0 LIMIT @p1", statement.Sql);
        Assert.Equal(["acme'; --", 50L], statement.Values);
    }

    [Fact]
    public void Include_NestedMacros_Expand()
    {
        var options = WithMacros(("outer", "({% include 'inner' %} OR b = {{ b }})"), ("inner", "a = {{ a }}"));

        var statement = TemplateRun.Statement("SELECT 1 WHERE {% include 'outer' %}", new() { ["a"] = 1L, ["b"] = 2L }, options: options);

        Assert.Equal("SELECT 1 WHERE (a = $1 OR b = $2)", statement.Sql);
    }

    [Fact]
    public void Include_MacroWithBlocksAndLoops_Works()
    {
        var options = WithMacros(("filters", "{% where %}{% for f in fs %} AND {{ f.col | ident }} = {{ f.val }}{% endfor %}{% endwhere %}"));
        options = options with { AllowedIdentifiers = new HashSet<string> { "a", "b" } };

        var statement = TemplateRun.Statement("SELECT 1 {% include 'filters' %}",
            new()
            {
                ["fs"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["col"] = "a", ["val"] = 1L },
                    new Dictionary<string, object?> { ["col"] = "b", ["val"] = 2L },
                },
            },
            options: options);

        Assert.Equal("SELECT 1 WHERE \"a\" = $1 AND \"b\" = $2", statement.Sql);
    }

    [Fact]
    public void Include_SameMacroTwice_BindsEachOccurrence()
    {
        var options = WithMacros(("a", "{{ a }}"));

        var statement = TemplateRun.Statement("SELECT {% include 'a' %}, {% include 'a' %}", new() { ["a"] = 1L }, options: options);

        Assert.Equal("SELECT $1, $2", statement.Sql);
        Assert.Equal([1L, 1L], statement.Values);
    }

    [Fact]
    public void Include_UnknownMacro_IsAParseErrorNamingIt()
    {
        var result = SqlTemplate.Parse("SELECT 1\n  {% include 'nope' %}", TemplateOptions.Default);

        Assert.Null(result.Template);
        Assert.Equal(new TemplateError(2, 6, "Unknown macro 'nope'."), Assert.Single(result.Errors));
    }

    [Fact]
    public void Include_Recursion_IsAParseError()
    {
        var options = WithMacros(("a", "{% include 'b' %}"), ("b", "x {% include 'a' %}"));

        var result = SqlTemplate.Parse("{% include 'a' %}", options);

        Assert.Null(result.Template);
        Assert.Contains("Macro 'a' includes itself: a -> b -> a.", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_MacroWithError_ReportsTheIncludeAndTheMacroPosition()
    {
        var options = WithMacros(("broken", "a = 1\nAND b = {{ b | nope }}"));

        var result = SqlTemplate.Parse("SELECT 1 {% include 'broken' %}", options);

        Assert.Equal(new TemplateError(1, 13, "In macro 'broken', line 2, column 16: Unknown filter 'nope'."), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("{% include name %}")]
    [InlineData("{% include 'a', x: 1 %}")]
    public void Include_NotASingleQuotedName_IsAParseError(string source)
    {
        var result = SqlTemplate.Parse(source, WithMacros(("a", "1")));

        Assert.Null(result.Template);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Include_MacroRenderError_SaysWhichMacro()
    {
        var options = WithMacros(("filter", "WHERE x = {{ filter }}"));

        var error = TemplateRun.Error("SELECT 1 {% include 'filter' %}",
            new() { ["filter"] = new Dictionary<string, object?> { ["a"] = 1L } }, options: options);

        Assert.EndsWith("(macro 'filter', line 1, column 14)", error, StringComparison.Ordinal);
    }
}
