using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sluice.Server.Hosting;

/// <summary>Turns the framework's parameter-binding failures into problems that name the field
/// and say how to fix it. The framework's own messages name .NET types ("Int64 id"), which mean
/// nothing to a caller, so only the parameter name and the offending value are kept.</summary>
internal static partial class BadRequestProblem
{
    private const string Title = "Bad request";
    private const int MaxEchoedValue = 100;

    public static ProblemDetails From(BadHttpRequestException exception, HttpContext? http = null)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = JsonBody.Field(json);
            var message = EnumMessage(json, http) ?? "has the wrong type or shape; see this route's request body in /api/v1/openapi.json.";
            return field is null
                ? Problem(StatusCodes.Status400BadRequest, "The request body must be a JSON object with this route's fields; see /api/v1/openapi.json.")
                : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                {
                    Status = StatusCodes.Status400BadRequest, Title = "Invalid request", Detail = $"{field} {message}",
                };
        }
        var status = exception.StatusCode;
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(status, "This route takes a JSON body; send it with Content-Type: application/json.");
        }
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(status, "The request body is too large.");
        }
        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            var value = bind.Groups["value"].Value;
            return Problem(status, $"'{(value.Length > MaxEchoedValue ? value[..MaxEchoedValue] + "…" : value)}' is not a valid value for {bind.Groups["name"].Value}.");
        }
        if (Missing().Match(exception.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? Problem(status, "This route needs a JSON body; see /api/v1/openapi.json.")
                : Problem(status, $"{missing.Groups["name"].Value} is required.");
        }
        return Problem(status, "The request is malformed; check its headers, query string and body against /api/v1/openapi.json.");
    }

    /// <summary>When the failing field is an enum of the route's request type, the message that
    /// lists its values (<see cref="EnumValueError"/>). The body is at hand: management bodies
    /// are buffered by <see cref="ManagementRequestBody"/> before binding.</summary>
    private static string? EnumMessage(JsonException json, HttpContext? http)
    {
        if (http?.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not { } type || http.Request.Body is not MemoryStream body)
        {
            return null;
        }
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        using var document = JsonDocument.Parse(JsonBody.WithoutByteOrderMark(body.ToArray()));
        return EnumValueError.Describe(json, document.RootElement, type, options);
    }

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Title = Title, Detail = detail };

    // Failed to bind parameter "Int64 id" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    // Required parameter "RoleRequest request" was not provided from body.
    [GeneratedRegex("""^Required parameter "[^"]* (?<name>[^" ]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex Missing();
}
