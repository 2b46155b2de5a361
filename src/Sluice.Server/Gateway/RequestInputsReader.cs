using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Parameters;

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
            if (request.ContentLength > maxBodyBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
            }
            var limited = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (limited is { IsReadOnly: false })
            {
                limited.MaxRequestBodySize = maxBodyBytes;
            }
            try
            {
                if (request.HasFormContentType)
                {
                    var fields = await request.ReadFormAsync(context.RequestAborted);
                    form = new Dictionary<string, IReadOnlyList<string>>(fields.Count, StringComparer.Ordinal);
                    foreach (var (key, values) in fields)
                    {
                        form[key] = values.ToArray()!;
                    }
                }
                else
                {
                    using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                    body = document.RootElement.Clone();
                }
            }
            catch (JsonException exception)
            {
                return (null, StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}");
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
            }
            catch (InvalidDataException exception)
            {
                return (null, StatusCodes.Status400BadRequest, $"The form body is not valid: {exception.Message}");
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
