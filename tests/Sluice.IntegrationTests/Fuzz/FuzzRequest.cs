using System.Net.Http.Headers;
using System.Text;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>One generated request: who sends it and the exact bytes of its line, headers and body.</summary>
internal sealed record FuzzRequest(FuzzCaller Caller, string Method, string Url, string? ContentType, byte[]? Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private const int PreviewLength = 300;

    /// <summary>Whether the request carries its own Authorization header (then the caller's token is not added).</summary>
    public bool SetsAuthorization => Headers.Any(header => header.Key == "Authorization");

    public HttpRequestMessage ToMessage(string? token)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (Body?.Length > RawRequests.ExpectContinueAbove)
        {
            message.Headers.ExpectContinue = true;
        }
        if (token is not null && !SetsAuthorization)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return message;
    }

    public override string ToString()
    {
        var text = new StringBuilder($"{Caller} {Method} {Url}");
        foreach (var (name, value) in Headers)
        {
            text.Append($" [{name}: {value}]");
        }
        if (Body is not null)
        {
            var body = Encoding.UTF8.GetString(Body);
            text.Append($" Content-Type: {ContentType ?? "(none)"}; {Body.Length} bytes: {(body.Length > PreviewLength ? body[..PreviewLength] + "…" : body)}");
        }
        return text.ToString();
    }
}
