using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

/// <summary>Parses and renders in one call, failing the test on a parse error.</summary>
internal static class TemplateRun
{
    public static SqlTemplate Parse(string source, TemplateOptions? options = null)
    {
        var result = SqlTemplate.Parse(source, options ?? TemplateOptions.Default);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        return result.Template!;
    }

    public static TemplateRenderResult Render(string source, Dictionary<string, object?>? values = null,
        SqlDialect dialect = SqlDialect.Postgres, TemplateOptions? options = null) =>
        Parse(source, options).Render(values ?? [], dialect);

    /// <summary>The single statement a render must produce.</summary>
    public static BoundStatement Statement(string source, Dictionary<string, object?>? values = null,
        SqlDialect dialect = SqlDialect.Postgres, TemplateOptions? options = null)
    {
        var result = Render(source, values, dialect, options);
        Assert.True(result.Error is null, result.Error);
        return Assert.Single(result.Command!.Statements);
    }

    /// <summary>The error a render must produce.</summary>
    public static string Error(string source, Dictionary<string, object?>? values = null,
        SqlDialect dialect = SqlDialect.Postgres, TemplateOptions? options = null)
    {
        var result = Render(source, values, dialect, options);
        Assert.Null(result.Command);
        return Assert.IsType<string>(result.Error);
    }
}
