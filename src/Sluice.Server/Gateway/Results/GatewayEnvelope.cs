using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Gateway.Results;

/// <summary>The gateway's error answer: <c>{"success": false, "message": "...", "data": [], "request_id": "..."}</c>,
/// the request id being the one in the <c>X-Request-ID</c> header and in the server log.</summary>
internal static class GatewayEnvelope
{
    /// <summary>Writes the envelope; only <see cref="Pipeline.GatewayErrors.WriteAsync"/> calls it.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="message">The caller-facing message.</param>
    /// <param name="streaming">True once rows were written: the envelope can no longer follow.</param>
    public static async Task WriteErrorAsync(HttpContext context, int status, string message, bool streaming)
    {
        var response = context.Response;
        if (response.HasStarted || streaming)
        {
            // Rows were already sent; the only honest signal left is a broken stream.
            context.Abort();
            return;
        }
        response.StatusCode = status;
        response.ContentType = ResultFormat.Json.ContentType();
        using var writer = new Utf8JsonWriter(response.BodyWriter, GatewayJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("success", false);
        writer.WriteString("message", message);
        writer.WriteStartArray("data");
        writer.WriteEndArray();
        writer.WriteString("request_id", context.TraceIdentifier);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
