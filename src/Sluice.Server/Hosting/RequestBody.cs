using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sluice.Server.Hosting;

/// <summary>The one place the server reads a request body it parses itself (management
/// routes, login, token requests): the media type and charset, the size limit, and for JSON
/// the encoding and syntax are checked before any handler or binder sees the bytes.</summary>
internal static class RequestBody
{
    private const int MaxEchoedLength = 100;
    private const int ChunkSize = 16 * 1024;
    // A client's Content-Length is a claim: memory grows with the bytes that actually arrive.
    private const int MaxInitialCapacity = 1024 * 1024;

    /// <summary>Whether the request carries a body at all.</summary>
    public static bool IsPresent(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>The whole body (empty when there is none), or the problem that refuses it. The
    /// body is checked as JSON when its media type says JSON or is missing, or, with
    /// <paramref name="jsonUnlessForm"/>, whenever it is not a form. A UTF-8 charset parameter
    /// is dropped once checked, so later readers never meet one they misread (a quoted one).</summary>
    public static async Task<(byte[]? Bytes, BodyProblem? Problem)> ReadAsync(HttpRequest request, BodyLimit limit, bool jsonUnlessForm = false)
    {
        if (!IsPresent(request))
        {
            return ([], null);
        }
        if (CheckContentType(request, out var isJson, out var isForm) is { } refused)
        {
            return (null, refused);
        }
        isJson |= jsonUnlessForm && !isForm;
        if (request.ContentLength > limit.Bytes)
        {
            return (null, TooLarge(limit));
        }
        var (bytes, problem) = await ReadLimitedAsync(request, limit);
        if (bytes is null)
        {
            return (null, problem);
        }
        if (isJson && JsonBody.Check(bytes) is { } invalid)
        {
            return (null, new BodyProblem(StatusCodes.Status400BadRequest, "Bad request", invalid));
        }
        return (bytes, null);
    }

    /// <summary>Refuses an unparsable Content-Type, a charset other than UTF-8 and a multipart
    /// body without a boundary; says whether the body is JSON (a JSON media type, or none at all)
    /// or a form.</summary>
    private static BodyProblem? CheckContentType(HttpRequest request, out bool isJson, out bool isForm)
    {
        isJson = true;
        isForm = false;
        var contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType.Length == 0)
        {
            return Unsupported($"The Content-Type '{Echo(contentType)}' is not a media type; send application/json.");
        }
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset).Value;
        if (!string.IsNullOrEmpty(charset))
        {
            if (!IsUtf8(charset))
            {
                return Unsupported($"The charset '{Echo(charset)}' is not supported; send the body as UTF-8 (charset=utf-8) or leave the charset out.");
            }
            mediaType.Charset = null;
            request.ContentType = mediaType.ToString();
        }
        var type = mediaType.MediaType.Value!;
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
        {
            return new BodyProblem(StatusCodes.Status400BadRequest, "Bad request",
                "The multipart Content-Type has no boundary parameter (multipart/form-data; boundary=...); add one, or send application/json.");
        }
        isForm = type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        isJson = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        return null;
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);

    private static async Task<(byte[]? Bytes, BodyProblem? Problem)> ReadLimitedAsync(HttpRequest request, BodyLimit limit)
    {
        var expected = (int)Math.Min(request.ContentLength ?? ChunkSize, MaxInitialCapacity);
        using var buffer = new MemoryStream(expected);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit.Bytes)
                {
                    await DrainAsync(request, chunk, limit.Bytes);
                    return (null, TooLarge(limit));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
        catch (IOException)
        {
            return (null, new BodyProblem(StatusCodes.Status400BadRequest, "Bad request",
                "The request body ended early or could not be read; send the whole body, matching its Content-Length."));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>Reads and drops what is left of a refused body, up to <paramref name="most"/>
    /// bytes: a client still sending when the 413 goes out may otherwise see the connection
    /// reset instead of the answer. Beyond that, the server's own limit ends the connection.</summary>
    private static async Task DrainAsync(HttpRequest request, byte[] chunk, long most)
    {
        try
        {
            long drained = 0;
            int read;
            while (drained < most && (read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                drained += read;
            }
        }
        catch (IOException)
        {
            // The client stopped sending; the 413 is still the answer.
        }
    }

    private static BodyProblem TooLarge(BodyLimit limit) => new(StatusCodes.Status413PayloadTooLarge, "Request body too large",
        $"The request body is larger than {limit.Bytes} bytes, the limit set by {limit.Setting}; send less, or raise {limit.Setting}.");

    private static BodyProblem Unsupported(string detail) => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    private static string Echo(string value) => value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "…";
}
