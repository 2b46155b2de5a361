using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Sluice.Server.Management.Audit;

/// <summary>What a management route does, for the audit trail: the action and the resource
/// type, read from its method and route pattern (<c>/api/v1/{collection}/...</c>).</summary>
/// <param name="Action">create, update, delete, or the action route's name (publish, commit, ...).</param>
/// <param name="ResourceType">The collection's singular: datasource, api, client, ...</param>
/// <param name="IsCreate">A POST on the collection itself: the new id is in the response.</param>
/// <param name="IsSelf">A route under <c>/users/me</c>: the resource is the caller.</param>
internal sealed record AuditRoute(string Action, string ResourceType, bool IsCreate, bool IsSelf)
{
    private static readonly Dictionary<string, string> ResourceTypes = new(StringComparer.Ordinal)
    {
        ["datasources"] = "datasource", ["modules"] = "module", ["apis"] = "api", ["macros"] = "macro", ["clients"] = "client",
        ["groups"] = "group", ["users"] = "user", ["roles"] = "role", ["webhooks"] = "webhook",
    };

    // Action routes whose last segment is a noun, named for what they do.
    private static readonly Dictionary<string, string> ActionNames = new(StringComparer.Ordinal)
    {
        ["versions"] = "commit", ["secret"] = "rotate_secret", ["password"] = "change_password",
    };

    /// <summary>The audited meaning of <paramref name="method"/> on <paramref name="pattern"/>,
    /// or null when the route changes nothing: reads, login and logout, connection tests, debug
    /// runs, test case runs and SQL checks.</summary>
    public static AuditRoute? For(string method, RoutePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!HttpMethods.IsPost(method) && !HttpMethods.IsPut(method) && !HttpMethods.IsPatch(method) && !HttpMethods.IsDelete(method))
        {
            return null;
        }
        var segments = Segments(pattern);
        if (segments.Count == 0 || segments[0] is null or "login" or "logout" || segments[^1] is "test" or "debug" or "check" || segments is [.., "tests", "run"])
        {
            return null;
        }
        var collection = segments[0]!;
        var resourceType = ResourceTypes.GetValueOrDefault(collection) ?? Singular(collection);
        var isSelf = segments.Count > 1 && segments[1] == "me";
        string action;
        if (segments.Count == 1 || segments[^1] is null || (isSelf && segments.Count == 2))
        {
            action = HttpMethods.IsDelete(method) ? "delete" : HttpMethods.IsPost(method) && segments.Count == 1 ? "create" : "update";
        }
        else
        {
            action = ActionNames.GetValueOrDefault(segments[^1]!) ?? Snake(segments[^1]!);
        }
        return new AuditRoute(action, resourceType, HttpMethods.IsPost(method) && segments.Count == 1, isSelf);
    }

    // The segments after the /api/v1 prefix: a literal's text, or null for a parameter.
    private static List<string?> Segments(RoutePattern pattern)
    {
        var segments = new List<string?>(pattern.PathSegments.Count);
        foreach (var segment in pattern.PathSegments)
        {
            segments.Add(segment.Parts is [RoutePatternLiteralPart literal] ? literal.Content : null);
        }
        return segments is ["api", "v1", ..] ? segments[2..] : [];
    }

    private static string Singular(string collection) => Snake(collection.EndsWith('s') ? collection[..^1] : collection);

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name.Replace('-', '_'));
}
