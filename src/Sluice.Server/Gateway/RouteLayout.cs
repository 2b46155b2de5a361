using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway;

/// <summary>Where everything lives under <c>/api</c>, defined once: the management API, the token
/// endpoint, the consumers' OpenAPI document, and the published APIs beside them.</summary>
internal static class RouteLayout
{
    /// <summary>The management API.</summary>
    public const string Management = "/api/v1";

    /// <summary>The token endpoint's folder (<c>/api/token/generate</c>).</summary>
    public const string Token = "/api/token";

    /// <summary>Where clients get a token.</summary>
    public const string TokenGenerate = Token + "/generate";

    /// <summary>The same endpoint at the path older clients use.</summary>
    public const string CompatibleTokenGenerate = "/token/generate";

    /// <summary>The consumers' OpenAPI document of the published APIs.</summary>
    public const string ConsumerOpenApi = "/api/openapi.json";

    /// <summary>What every published API's path starts with.</summary>
    public const string GatewayPrefix = "/api/";

    /// <summary>First path segments an API may not use, being taken by the routes above.</summary>
    public static readonly IReadOnlySet<string> ReservedFirstSegments = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "v1", "token", "openapi.json" };

    /// <summary>The route of a published API's path (<c>orders/{id}</c>).</summary>
    public static string ApiRoute(string apiPath) => GatewayPrefix + apiPath;

    /// <summary>True for the management API and the token endpoint: answered as problems, not
    /// in the gateway envelope.</summary>
    public static bool IsManagementOrToken(PathString path) => path.StartsWithSegments(Management) || path.StartsWithSegments(Token);

    /// <summary>True for what the gateway answers and records: published APIs and the token
    /// endpoint (under both paths), not the management API or the consumers' document.</summary>
    public static bool IsGatewayTraffic(PathString path) =>
        path.StartsWithSegments("/api") ? !path.StartsWithSegments(Management) && !path.StartsWithSegments(ConsumerOpenApi)
            : path.StartsWithSegments(CompatibleTokenGenerate);
}
