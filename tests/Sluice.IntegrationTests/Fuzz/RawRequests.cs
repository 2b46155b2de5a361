using System.Net.Http.Headers;
using System.Text;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Requests with bodies built byte by byte, so a test can send what a well-behaved
/// client library never would: any Content-Type, invalid UTF-8, no Content-Length.</summary>
internal static class RawRequests
{
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient http, HttpMethod method, string path, byte[] body, string? contentType,
        string? token = null, bool chunked = false)
    {
        var request = new HttpRequestMessage(method, path);
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        request.Content = content;
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient http, string path, string body, string? contentType, string? token = null) =>
        http.SendRawAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType, token);

    /// <summary>UTF-8 text with one byte (0xFF) that can never appear in UTF-8 put where
    /// <c>\xff</c> is written.</summary>
    public static byte[] WithInvalidByte(string text)
    {
        var parts = text.Split("\\xff");
        var bytes = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.Add(0xFF);
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }
        return [.. bytes];
    }
}
