using System.Net.Http.Headers;
using System.Text;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Requests with bodies built byte by byte, so a test can send what a well-behaved
/// client library never would: any Content-Type, invalid UTF-8, no Content-Length.</summary>
internal static class RawRequests
{
    /// <summary>Bodies larger than this are sent with <c>Expect: 100-continue</c>: a server that
    /// refuses one without reading it (413, 401, 404) answers before any of it is sent, instead of
    /// racing the upload.</summary>
    public const int ExpectContinueAbove = 64 * 1024;

    /// <summary>A client that waits for the server's 100 Continue (or its refusal) however slow
    /// the machine is, rather than sending the body after the default second.</summary>
    public static HttpClient PatientClient(Uri baseAddress) =>
        new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient http, HttpMethod method, string path, byte[] body, string? contentType,
        string? token = null, bool chunked = false, bool? expectContinue = null)
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
        if (expectContinue ?? body.Length > ExpectContinueAbove)
        {
            request.Headers.ExpectContinue = true;
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
