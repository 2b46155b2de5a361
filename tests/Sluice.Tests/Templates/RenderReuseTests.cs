using Sluice.Core.Templates;
using static Sluice.Tests.Templates.TemplateRun;

namespace Sluice.Tests.Templates;

/// <summary>Renders on one thread reuse that thread's render state; nothing a render does may
/// show in the next one.</summary>
public sealed class RenderReuseTests
{
    [Fact]
    public void Render_AfterAssign_NextRenderDoesNotSeeTheVariable()
    {
        Statement("{% assign extra = 5 %}SELECT {{ extra }}");

        var next = Statement("SELECT {{ extra }}");

        Assert.Equal([null], next.Values);
    }

    [Fact]
    public void Render_SameTemplateTwice_CycleAndIncrementStartOver()
    {
        var template = Parse("SELECT {% cycle 'a', 'b' %}, {% increment n %}");

        var first = template.Render(new Dictionary<string, object?>(), SqlDialect.Postgres).Command!.Statements[0];
        var second = template.Render(new Dictionary<string, object?>(), SqlDialect.Postgres).Command!.Statements[0];

        Assert.Equal(first.Values, second.Values);
        Assert.Equal("a", first.Values[0]);
    }

    [Fact]
    public void Render_AfterBreakOutsideLoop_NextRenderIsWhole()
    {
        Statement("SELECT 1 {% break %} , 2");

        var next = Statement("SELECT {{ x }}, 2", new() { ["x"] = 1L });

        Assert.Equal("SELECT $1, 2", next.Sql);
    }

    [Fact]
    public void Render_AfterFailedRender_NextRenderSucceeds()
    {
        var options = new TemplateOptions { AllowedIdentifiers = new HashSet<string> { "id" } };
        var template = Parse("SELECT {{ a }} FROM t ORDER BY {{ sort | ident }}", options);

        var failed = template.Render(new Dictionary<string, object?> { ["a"] = 1L, ["sort"] = "drop" }, SqlDialect.Postgres);
        var next = template.Render(new Dictionary<string, object?> { ["a"] = 2L, ["sort"] = "id" }, SqlDialect.MySql);

        Assert.Equal(TemplateRenderFailure.ValueRefused, failed.Failure);
        var statement = Assert.Single(next.Command!.Statements);
        Assert.Equal("SELECT ? FROM t ORDER BY `id`", statement.Sql);
        Assert.Equal([2L], statement.Values);
    }

    [Fact]
    public void Render_ManyTimes_OutputLimitCountsEachRenderAlone()
    {
        // About 50,000 characters a render: 100 renders write more than the 4 MiB limit in all.
        var template = Parse("{% for i in (1..2500) %}-- 12345678901234\n{% endfor %}SELECT {{ i }}");

        for (var i = 0; i < 100; i++)
        {
            var result = template.Render(new Dictionary<string, object?> { ["i"] = (long)i }, SqlDialect.Postgres);
            Assert.True(result.Error is null, result.Error);
            Assert.Equal([(long)i], result.Command!.Statements[0].Values);
        }
    }

    [Fact]
    public void Render_AfterVeryLargeRender_NextRenderIsSmallAndCorrect()
    {
        Statement("{% for i in (1..9000) %}-- 1234567890123456789012345678901234567890\n{% endfor %}SELECT 1");

        var next = Statement("SELECT {{ x }}", new() { ["x"] = "y" });

        Assert.Equal("SELECT $1", next.Sql);
        Assert.Equal(["y"], next.Values);
    }
}
