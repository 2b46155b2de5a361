using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Parameters;

namespace Sluice.Server.Gateway;

/// <summary>Adapts an HTTP request into the binder's framework-free inputs, reading the body
/// (JSON or form) only when the API declares body parameters, within the size limit.</summary>
internal static class RequestInputsReader
{
    public static async Task<(RequestInputs? Inputs, int Status, string? Error)> ReadAsync(HttpContext context, ApiModel model, long maxBodyBytes)
    {
        var request = context.Request;
        var path = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in request.RouteValues)
        {
            if (value is string text)
            {
                path[key] = text;
            }
        }
        var query = new Dictionary<string, IReadOnlyList<string>>(request.Query.Count, StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            var items = new string[values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = values[i] ?? "";
            }
            query[key] = items;
        }
        var headers = new Dictionary<string, string>(model.HeaderNames.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var name in model.HeaderNames)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }
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
}
