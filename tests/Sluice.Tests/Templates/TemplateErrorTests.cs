using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class TemplateErrorTests
{
    [Fact]
    public void Parse_UnclosedIf_ReportsLineAndColumn()
    {
        var result = SqlTemplate.Parse("SELECT 1\nWHERE 1 = 1\n  {% if a %} AND a = {{ a }}\n", TemplateOptions.Default);

        Assert.Null(result.Template);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, 6), (error.Line, error.Column));
        Assert.Contains("if", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFilter_ReportsItsPosition()
    {
        var result = SqlTemplate.Parse("SELECT {{ a | upcase }},\n  {{ b | no_such_filter: 1 }}", TemplateOptions.Default);

        Assert.Equal(new TemplateError(2, 10, "Unknown filter 'no_such_filter'."), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_UnknownBareFilter_ReportsIt()
    {
        var result = SqlTemplate.Parse("SELECT {{ a | shout }}", TemplateOptions.Default);

        Assert.Equal(new TemplateError(1, 15, "Unknown filter 'shout'."), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("SELECT 1 {% wher %}", "Unknown tag {% wher %}.")]
    [InlineData("SELECT 1 {%- endset -%}", "{% endset %} has no matching {% set %} in the same block.")]
    public void Parse_UnknownOrStrayTag_IsAnError(string source, string message)
    {
        var result = SqlTemplate.Parse(source, TemplateOptions.Default);

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_IncludeUsedAsFilter_IsAnError()
    {
        var result = SqlTemplate.Parse("SELECT {{ 'x' | include }}", TemplateOptions.Default);

        Assert.Contains("include is only available as a tag", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkerCharacterInSource_IsAnError()
    {
        var result = SqlTemplate.Parse("SELECT 1\nWHERE x = '\uE000'", TemplateOptions.Default);

        Assert.Equal(new TemplateError(2, 12, "The character U+E000 is reserved for parameter markers."), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_ErrorToString_NamesLineAndColumn()
    {
        Assert.Equal("line 2, column 5: Unknown filter 'x'.", new TemplateError(2, 5, "Unknown filter 'x'.").ToString());
    }

    [Fact]
    public void Render_FilterShadowedByAValue_IsAnErrorValue()
    {
        var result = TemplateRun.Render("SELECT {{ a | upcase }}", new() { ["a"] = "x", ["upcase"] = "not a function" });

        Assert.Null(result.Command);
        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Contains("line 1, column", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RuntimeFilterFailure_IsAnErrorValue()
    {
        var result = TemplateRun.Render("SELECT {{ 'abc' | slice: 1, 99999999999 }}");

        Assert.Null(result.Command);
        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
    }

    [Fact]
    public void Render_HugeOutput_StopsAtTheOutputLimit()
    {
        var result = TemplateRun.Render("SELECT 1 {% for i in (1..9000) %}" + new string('x', 500) + "{% endfor %}");

        Assert.Null(result.Command);
        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
    }

    [Fact]
    public void Render_HugeStringThroughFilters_IsWholeOrFails()
    {
        var values = new Dictionary<string, object?> { ["s"] = new string('a', 2_000_000) };

        var statement = TemplateRun.Statement("SELECT {{ s | upcase }}", values);
        var appended = TemplateRun.Render("SELECT {{ s | append: '!' }}", values);

        Assert.Equal(new string('A', 2_000_000), Assert.Single(statement.Values));
        Assert.Equal(TemplateRenderFailure.TemplateFault, appended.Failure);
        Assert.Contains("LimitToString", appended.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugeValue_IsBoundWhole()
    {
        var value = new string('a', 2_000_000);

        var statement = TemplateRun.Statement("SELECT {{ s }}", new() { ["s"] = value });

        Assert.Same(value, Assert.Single(statement.Values));
    }

    [Fact]
    public void Render_EndlessLoop_StopsAtTheLoopLimit()
    {
        var result = TemplateRun.Render("SELECT 1 {% for i in (1..50000) %}{% endfor %}");

        Assert.Equal(TemplateRenderFailure.TemplateFault, result.Failure);
        Assert.Contains("LoopLimit", result.Error, StringComparison.Ordinal);
    }
}
