using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Turns a response into what a script gets, <c>{ status, headers, body }</c>, reading
/// at most <c>SCRIPT_HTTP_MAX_RESPONSE_BYTES</c> of body.</summary>
internal static class ScriptHttpResponse
{
    private const int ChunkBytes = 16 * 1024;

    public static async Task<JsonObject> ReadAsync(string call, HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        var host = response.RequestMessage?.RequestUri?.IdnHost;
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(call, host, maxBytes);
        }
        var body = await ReadBoundedAsync(call, host, response.Content, maxBytes, cancellationToken);
        return new JsonObject
        {
            ["status"] = (int)response.StatusCode,
            ["headers"] = Headers(response),
            ["body"] = Body(response.Content.Headers.ContentType, body),
        };
    }

    // Counted while reading, so a body without Content-Length (or lying about it) is stopped at the limit.
    private static async Task<byte[]> ReadBoundedAsync(string call, string? host, HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                throw TooLarge(call, host, maxBytes);
            }
            body.Write(chunk, 0, read);
        }
        return body.ToArray();
    }

    private static ScriptHostException TooLarge(string call, string? host, int maxBytes) =>
        new($"{call}: the response of {host} is larger than {maxBytes} bytes (SCRIPT_HTTP_MAX_RESPONSE_BYTES); ask for less or raise SCRIPT_HTTP_MAX_RESPONSE_BYTES.");

    private static JsonObject Headers(HttpResponseMessage response)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name.ToLowerInvariant()] = string.Join(", ", values);
        }
        return headers;
    }

    // JSON when the server says so and it parses; otherwise text.
    private static JsonNode? Body(MediaTypeHeaderValue? contentType, byte[] body)
    {
        var mediaType = contentType?.MediaType;
        if (mediaType is not null && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            if (body.Length == 0)
            {
                return null;
            }
            try
            {
                return JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                // Not JSON after all: the script gets the text.
            }
        }
        return JsonValue.Create(Encoding(contentType?.CharSet).GetString(body));
    }

    private static Encoding Encoding(string? charset)
    {
        if (charset is not null)
        {
            try
            {
                return System.Text.Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 is the best guess.
            }
        }
        return System.Text.Encoding.UTF8;
    }
}
