using System.Text;
using Sluice.Core.Apis;

namespace Sluice.Core.Versions;

/// <summary>An API version or draft as the text its diffs compare: the content, the parameters,
/// the result transform, the identifiers and the test cases, each under a heading line, so one diff shows every
/// change and each hunk names its part. JSON parts are laid out canonically, so only real changes
/// show; a part's final line break is not significant.</summary>
public static class ApiVersionText
{
    private static readonly string[] Parts = ["content", "params", "result_transform", "identifiers", "tests"];

    /// <summary>The text of an API's draft.</summary>
    public static string Of(ApiRecord draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Render(draft.Content, draft.Params, draft.ResultTransform, draft.Identifiers, draft.Tests);
    }

    /// <summary>The text of a committed version.</summary>
    public static string Of(ApiVersionRecord version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Render(version.Content, version.Params, version.ResultTransform, version.Identifiers, version.Tests);
    }

    /// <summary>The text of one version or draft. Equal texts mean the same executable API, which
    /// is how a commit tells that nothing changed.</summary>
    public static string Render(string content, string paramsJson, string? resultTransform, string identifiersJson, string testsJson)
    {
        var text = new StringBuilder();
        AppendPart(text, Parts[0], content);
        AppendPart(text, Parts[1], CanonicalJson.Format(paramsJson));
        AppendPart(text, Parts[2], resultTransform);
        AppendPart(text, Parts[3], CanonicalJson.Format(identifiersJson));
        AppendPart(text, Parts[4], CanonicalJson.Format(testsJson));
        return text.ToString();
    }

    /// <summary>The part a heading line starts, or null for any other line; pass to
    /// <see cref="UnifiedDiff.Create"/> so hunks say which part they change.</summary>
    public static string? PartOf(string line) => Parts.FirstOrDefault(part => line == Heading(part));

    private static string Heading(string part) => "=== " + part + " ===";

    private static void AppendPart(StringBuilder text, string part, string? body)
    {
        text.Append(Heading(part)).Append('\n');
        if (!string.IsNullOrEmpty(body))
        {
            text.Append(body);
            if (body[^1] != '\n')
            {
                text.Append('\n');
            }
        }
    }
}
