using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Hosting;

/// <summary>Reads flat string fields from either a form post or a JSON object, for the
/// OAuth2-style endpoints that accept both.</summary>
internal static class FormOrJsonBody
{
    private static readonly string[] Required = ["is required."];

    /// <summary>The named fields, all required; or the problem that says which are missing or
    /// why the body is unreadable.</summary>
    public static async Task<(string[]? Values, IResult? Problem)> ReadRequiredAsync(HttpRequest request, BodyLimit limit, params string[] names)
    {
        var (fields, problem) = await ReadAsync(request, limit);
        if (fields is null)
        {
            return (null, Problems.Status(problem!.Status, problem.Title, problem.Detail));
        }
        var missing = names.Where(name => string.IsNullOrEmpty(fields.GetValueOrDefault(name))).ToDictionary(name => name, _ => Required);
        return missing.Count > 0 ? (null, Problems.Invalid(missing)) : (names.Select(name => fields[name]).ToArray(), null);
    }

    /// <summary>The fields, or null with the reason when the body is refused.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Fields, BodyProblem? Problem)> ReadAsync(HttpRequest request, BodyLimit limit)
    {
        // Media types other than forms are read as JSON, as clients of the predecessor send it.
        var (bytes, problem) = await RequestBody.ReadAsync(request, limit, jsonUnlessForm: true);
        if (bytes is null)
        {
            return (null, problem);
        }
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, bytes);
        }
        if (bytes.Length == 0)
        {
            return (new Dictionary<string, string>(), null);
        }
        using var document = JsonDocument.Parse(JsonBody.WithoutByteOrderMark(bytes));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, new BodyProblem(StatusCodes.Status400BadRequest, "Bad request", "The request body must be a JSON object or a form."));
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
        return (fields, null);
    }

    private static async Task<(IReadOnlyDictionary<string, string>? Fields, BodyProblem? Problem)> ReadFormAsync(HttpRequest request, byte[] bytes)
    {
        request.Body = new MemoryStream(bytes, writable: false);
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return (form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return (null, new BodyProblem(StatusCodes.Status400BadRequest, "Bad request",
                "The form body could not be read: it is malformed, or has too many or too long fields; send a well-formed form or a JSON object."));
        }
    }
}
