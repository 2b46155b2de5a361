using System.Text.RegularExpressions;

namespace Sluice.Server.Gateway;

/// <summary>Rules for API paths: <c>orders/{id}/items</c> style, under <c>/api/</c>.</summary>
internal static partial class ApiRoutes
{
    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Null when the path is acceptable, else why not.</summary>
    public static string? Check(string path)
    {
        if (!PathShape().IsMatch(path))
        {
            return "must look like orders/{id}/items: segments of letters, digits, '-', '_' or '.', or {name} parameters, separated by '/', with no leading or trailing '/'.";
        }
        var first = path.Split('/')[0];
        if (first.StartsWith('{'))
        {
            return "must start with a fixed segment, not a parameter.";
        }
        if (RouteLayout.ReservedFirstSegments.Contains(first))
        {
            return $"may not start with '{first}', which is reserved.";
        }
        var names = ParameterNames(path);
        return names.Count != names.Distinct(StringComparer.OrdinalIgnoreCase).Count() ? "names a path parameter twice." : null;
    }

    /// <summary>The <c>{name}</c> parameters of a path, in order.</summary>
    public static IReadOnlyList<string> ParameterNames(string path) =>
        PathParameter().Matches(path).Select(match => match.Groups[1].Value).ToArray();

    [GeneratedRegex(@"^([A-Za-z0-9_.\-]+|\{[A-Za-z_][A-Za-z0-9_]*\})(/([A-Za-z0-9_.\-]+|\{[A-Za-z_][A-Za-z0-9_]*\}))*$")]
    private static partial Regex PathShape();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex PathParameter();
}
