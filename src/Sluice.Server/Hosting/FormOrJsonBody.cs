using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Hosting;

/// <summary>Reads flat string fields from either a form post or a JSON object, for the
/// OAuth2-style endpoints that accept both.</summary>
internal static class FormOrJsonBody
{
    private static readonly string[] Required = ["is required."];

    /// <summary>The named fields, all required; or the 400 problem that says which are missing
    /// or why the body is unreadable.</summary>
    public static async Task<(string[]? Values, IResult? Problem)> ReadRequiredAsync(HttpRequest request, params string[] names)
    {
        var (fields, error) = await ReadAsync(request);
        if (fields is null)
        {
            return (null, Problems.Status(StatusCodes.Status400BadRequest, "Bad request", error!));
        }
        var missing = names.Where(name => string.IsNullOrEmpty(fields.GetValueOrDefault(name))).ToDictionary(name => name, _ => Required);
        return missing.Count > 0 ? (null, Problems.Invalid(missing)) : (names.Select(name => fields[name]).ToArray(), null);
    }

    /// <summary>The fields, or null with the reason when the body is unreadable.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Fields, string? Error)> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return (form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal), null);
        }
        if (request.ContentLength == 0)
        {
            return (new Dictionary<string, string>(), null);
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object or a form.");
            }
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
            return (fields, null);
        }
        catch (JsonException exception)
        {
            return (null, $"The request body is not valid JSON: {exception.Message}");
        }
    }
}
