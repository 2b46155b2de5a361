using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Sluice.Server.Gateway;

/// <summary>The published paths of one snapshot, indexed for answering requests that match no
/// endpoint: which methods a path accepts (405 with Allow) or none (404). Built once with the
/// snapshot; a lookup only tries the APIs whose path starts with the same fixed segment (every
/// API path starts with one), so an unmatched request costs what a few matches cost, however
/// many APIs are published.</summary>
internal sealed class GatewayRoutes
{
    private const string Prefix = RouteLayout.GatewayPrefix;

    private readonly Dictionary<string, Route[]> _byFirstSegment;

    public GatewayRoutes(IReadOnlyList<ApiModel> apis)
    {
        ArgumentNullException.ThrowIfNull(apis);
        _byFirstSegment = apis
            .GroupBy(model => FirstSegment(model.Api.Path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                group => group.Key,
                group => group.Select(model => new Route(new TemplateMatcher(new RouteTemplate(model.Route), []), model.Method)).ToArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The methods under which <paramref name="path"/> is published, in publication
    /// order; empty when no API has that path.</summary>
    public IReadOnlyList<string> MethodsAt(PathString path)
    {
        var value = path.Value;
        if (value is null || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !_byFirstSegment.TryGetValue(FirstSegment(value[Prefix.Length..]), out var candidates))
        {
            return [];
        }
        List<string>? methods = null;
        foreach (var route in candidates)
        {
            if (route.Matcher.TryMatch(path, []) && !(methods ??= []).Contains(route.Method, StringComparer.Ordinal))
            {
                methods.Add(route.Method);
            }
        }
        return methods ?? (IReadOnlyList<string>)[];
    }

    private static string FirstSegment(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? relativePath : relativePath[..slash];
    }

    private sealed record Route(TemplateMatcher Matcher, string Method);
}
