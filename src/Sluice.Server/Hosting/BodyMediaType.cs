using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Sluice.Server.Hosting;

/// <summary>Whether a management request's body comes with a media type its route takes. A
/// route takes the media types it declares (login: JSON or a form), else JSON; a body with no
/// Content-Type, or another one, is a 415 naming them. Routing itself does not filter on the
/// media type (see <see cref="HostingServices"/>): it would skip the route and answer 404.</summary>
internal static class BodyMediaType
{
    private const string Json = "application/json";
    private const int MaxEchoedLength = 100;
    private static readonly string[] JsonOnly = [Json];

    /// <summary>Null when the route takes the request's body media type, else the 415.</summary>
    public static BodyProblem? Check(HttpContext context, RouteEndpoint endpoint)
    {
        var request = context.Request;
        var accepted = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } declared ? declared : JsonOnly;
        var route = $"{request.Method} {request.Path}";
        var expected = Expected(accepted);
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            return Refuse($"{route} has a body but no Content-Type; send it with Content-Type: {expected}.");
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.MediaType.Length == 0)
        {
            return Refuse($"The Content-Type '{Echo(request.ContentType)}' is not a media type; {route} takes {expected}.");
        }
        var type = mediaType.MediaType.Value!;
        var taken = accepted.Any(candidate => candidate.Equals(type, StringComparison.OrdinalIgnoreCase)
            || (candidate.Equals(Json, StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
        return taken ? null : Refuse($"{route} takes {expected}, not '{Echo(type)}'; send the body with Content-Type: {accepted[0]}.");
    }

    private static string Expected(IReadOnlyList<string> accepted) => accepted.Count == 1
        ? accepted[0]
        : string.Join(", ", accepted.Take(accepted.Count - 1)) + " or " + accepted[^1];

    private static BodyProblem Refuse(string detail) => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    private static string Echo(string value) => value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "…";
}
