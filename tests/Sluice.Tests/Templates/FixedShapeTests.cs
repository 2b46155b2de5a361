using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class FixedShapeTests
{
    public static TheoryData<string> FixedTemplates => new()
    {
        "SELECT id, name FROM items WHERE id = {{ id }}",
        "SELECT * FROM items WHERE id > {{ after }} AND name <> {{ name }} ORDER BY id LIMIT 100",
        "UPDATE items SET name = {{ name }} WHERE id = {{ id }};\nSELECT {{ id }} AS id, {{ name }} AS name",
        "  SELECT {{ id }}0 AS x  ",
        "SELECT 1 FROM t WHERE a = {{ missing }}",
    };

    public static TheoryData<string> OtherTemplates => new()
    {
        "SELECT * FROM items {% if id %}WHERE id = {{ id }}{% endif %}",
        "SELECT * FROM items WHERE name LIKE {{ name | like }}",
        "SELECT * FROM items WHERE id = {{ filter.id }}",
        "SELECT {{ today }}",
        "SELECT * FROM items {% where %} AND id = {{ id }} {% endwhere %}",
        "{% assign x = id %}SELECT {{ x }}",
    };

    [Theory]
    [MemberData(nameof(FixedTemplates))]
    public void Of_TextAndBareParameters_HasAShape(string source) =>
        Assert.NotNull(FixedShape.Of(TemplateRun.Parse(source).Page));

    [Theory]
    [MemberData(nameof(OtherTemplates))]
    public void Of_TagsFiltersMembersOrFunctions_HasNoShape(string source) =>
        Assert.Null(FixedShape.Of(TemplateRun.Parse(source).Page));

    [Theory]
    [MemberData(nameof(FixedTemplates))]
    public void Render_FixedTemplate_AnswersWhatAFullRenderAnswers(string source)
    {
        var template = TemplateRun.Parse(source);
        object?[] samples = [42L, "Widget 'x'; --", null, 9.99m, true, 1.5d, new DateOnly(2026, 1, 2), new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")];
        foreach (var dialect in Enum.GetValues<SqlDialect>())
        {
            foreach (var sample in samples)
            {
                var values = new Dictionary<string, object?> { ["id"] = sample, ["after"] = sample, ["name"] = "n" };
                // Twice: the first render learns the shape, the second uses it.
                template.Render(values, dialect);
                var fast = template.Render(values, dialect);
                var full = template.RenderFully(values, dialect);

                Assert.Equal(Describe(full), Describe(fast));
                // Served from the learnt shape, not rendered: the very same SQL text.
                Assert.Same(fast.Command!.Statements[0].Sql, template.Render(values, dialect).Command!.Statements[0].Sql);
            }
        }
    }

    [Fact]
    public void Render_ListValue_ExpandsAsAFullRenderDoes()
    {
        var template = TemplateRun.Parse("SELECT * FROM items WHERE id IN {{ id }}");
        template.Render(new Dictionary<string, object?> { ["id"] = 1L }, SqlDialect.Postgres);

        var statement = Assert.Single(template.Render(new Dictionary<string, object?> { ["id"] = new List<object?> { 1L, 2L } }, SqlDialect.Postgres).Command!.Statements);

        Assert.Equal("SELECT * FROM items WHERE id IN ($1, $2)", statement.Sql);
        Assert.Equal([1L, 2L], statement.Values);
    }

    [Fact]
    public void Render_OutputInsideALiteral_IsRefusedEveryTime()
    {
        var template = TemplateRun.Parse("SELECT * FROM items WHERE name = '{{ name }}'");
        var values = new Dictionary<string, object?> { ["name"] = "x" };

        var first = template.Render(values, SqlDialect.Postgres);
        var second = template.Render(values, SqlDialect.Postgres);

        Assert.Null(second.Command);
        Assert.Equal(first.Error, second.Error);
        Assert.Contains("inside a quoted string", second.Error);
    }

    private static string Describe(TemplateRenderResult result) =>
        result.Command is { } command
            ? string.Join("\n", command.Statements.Select(statement => statement.Sql + " | " + string.Join(", ", statement.Values.Select(value => value is null ? "null" : $"{value.GetType().Name}:{value}"))))
            : "error: " + result.Error;
}
