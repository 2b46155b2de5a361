using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Parameters;
using Sluice.Server.Hosting;

namespace Sluice.Server.Gateway;

/// <summary>Adapts an HTTP request into the binder's framework-free inputs, reading the body
/// (JSON or form) only when the API declares body parameters, within the size limit.</summary>
internal static class RequestInputsReader
{
    // Shared by requests that carry none of a kind; never written.
    private static readonly Dictionary<string, string> NoPath = new(0, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, IReadOnlyList<string>> NoQuery = new(0, StringComparer.Ordinal);
    private static readonly Dictionary<string, string> NoHeaders = new(0, StringComparer.OrdinalIgnoreCase);

    // A ValueTask: most requests have no body, so the method completes without awaiting and
    // without allocating a Task.
    public static async ValueTask<(RequestInputs? Inputs, int Status, string? Error)> ReadAsync(HttpContext context, ApiModel model, long maxBodyBytes)
    {
        var request = context.Request;
        var path = ReadPath(request);
        var query = ReadQuery(request);
        var headers = ReadHeaders(request, model.HeaderNames);
        JsonElement? body = null;
        Dictionary<string, IReadOnlyList<string>>? form = null;
        if (model.ReadsBody && (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0))
        {
            // The body is read and checked (size, charset, UTF-8 JSON) before it is parsed, so no
            // malformed body reaches the binder.
            var (bytes, problem) = await RequestBody.ReadAsync(request, new BodyLimit(maxBodyBytes, "GATEWAY_MAX_BODY_BYTES"), jsonUnlessForm: true);
            if (bytes is null)
            {
                return (null, problem!.Status, problem.Detail);
            }
            if (request.HasFormContentType)
            {
                request.Body = new MemoryStream(bytes, writable: false);
                try
                {
                    var fields = await request.ReadFormAsync(context.RequestAborted);
                    form = new Dictionary<string, IReadOnlyList<string>>(fields.Count, StringComparer.Ordinal);
                    foreach (var (key, values) in fields)
                    {
                        form[key] = values.ToArray()!;
                    }
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException)
                {
                    return (null, StatusCodes.Status400BadRequest, "The form body is not valid: it is malformed, or has too many or too long fields.");
                }
            }
            else
            {
                using var document = JsonDocument.Parse(JsonBody.WithoutByteOrderMark(bytes));
                body = document.RootElement.Clone();
            }
        }
        return (new RequestInputs { Path = path, Query = query, Headers = headers, Body = body, Form = form }, StatusCodes.Status200OK, null);
    }

    private static Dictionary<string, string> ReadPath(HttpRequest request)
    {
        Dictionary<string, string>? path = null;
        foreach (var (key, value) in request.RouteValues)
        {
            if (value is string text)
            {
                (path ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[key] = text;
            }
        }
        return path ?? NoPath;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadQuery(HttpRequest request)
    {
        var collection = request.Query;
        if (collection.Count == 0)
        {
            return NoQuery;
        }
        var query = new Dictionary<string, IReadOnlyList<string>>(collection.Count, StringComparer.Ordinal);
        foreach (var (key, values) in collection)
        {
            var items = new string[values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = values[i] ?? "";
            }
            query[key] = items;
        }
        return query;
    }

    private static Dictionary<string, string> ReadHeaders(HttpRequest request, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return NoHeaders;
        }
        var headers = new Dictionary<string, string>(names.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }
        return headers;
    }
}
