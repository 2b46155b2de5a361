using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Builds the <c>http</c> object: <c>get(url, options?)</c>, <c>delete(url, options?)</c>,
/// <c>post(url, body, options?)</c>, <c>put(url, body, options?)</c>, each answering a Promise of
/// <c>{ status, headers, body }</c>. A non-2xx status is an answer, not an error.</summary>
public static class ScriptHttpHost
{
    // Framing and hop-by-hop headers are the client's business.
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "TE", "Trailer", "Proxy-Connection",
    };

    /// <summary>The <c>http</c> object, for any number of runs (each call gets its run's token), sending through the process's <paramref name="client"/>.</summary>
    public static ScriptHostObject Create(ScriptHttpClient client) => new("http",
    [
        Method(client, "get", HttpMethod.Get, hasBody: false),
        Method(client, "delete", HttpMethod.Delete, hasBody: false),
        Method(client, "post", HttpMethod.Post, hasBody: true),
        Method(client, "put", HttpMethod.Put, hasBody: true),
    ]);

    private static ScriptHostMethod Method(ScriptHttpClient client, string name, HttpMethod method, bool hasBody) =>
        new(name, async (arguments, cancellationToken) => await client.SendAsync(Request($"http.{name}", method, hasBody, arguments), cancellationToken),
            ReturnsPromise: true);

    private static ScriptHttpRequest Request(string call, HttpMethod method, bool hasBody, IReadOnlyList<JsonNode?> arguments)
    {
        var args = new ScriptArguments(call, arguments);
        if (!Uri.TryCreate(args.String(0, "url"), UriKind.Absolute, out var url))
        {
            throw args.Refuse("url must be an absolute http:// or https:// URL.");
        }
        var body = hasBody ? args[1] : null;
        var options = args.Object(hasBody ? 2 : 1, "options");
        return new ScriptHttpRequest(call, method, url, body, Headers(args, options, body is not null));
    }

    private static KeyValuePair<string, string>[] Headers(ScriptArguments args, JsonObject? options, bool hasBody)
    {
        if (options is null)
        {
            return [];
        }
        foreach (var (option, _) in options)
        {
            if (option != "headers")
            {
                throw args.Refuse($"'{option}' is not an option; the only option is headers.");
            }
        }
        if (options["headers"] is not { } given)
        {
            return [];
        }
        if (given is not JsonObject headers)
        {
            throw args.Refuse("options.headers must be an object of header names and values.");
        }
        var checkedHeaders = new List<KeyValuePair<string, string>>(headers.Count);
        foreach (var (name, value) in headers)
        {
            if (!HeaderRules.IsToken(name))
            {
                throw args.Refuse($"'{name}' is not a header name; use letters, digits and - only.");
            }
            if (Refused.Contains(name))
            {
                throw args.Refuse($"the {name} header is set by the HTTP client; remove it from options.headers.");
            }
            if (value is not JsonValue scalar || scalar.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False))
            {
                throw args.Refuse($"the {name} header must be a string.");
            }
            var text = ScriptArguments.Text(scalar);
            if (HeaderRules.BreaksLine(text))
            {
                throw args.Refuse($"the {name} header contains a line break; remove CR and LF from it.");
            }
            if (!hasBody && name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                throw args.Refuse($"the {name} header describes a body, and this request has none.");
            }
            checkedHeaders.Add(new(name, text));
        }
        return [.. checkedHeaders];
    }
}
