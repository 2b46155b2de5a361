using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>The process's one HTTP client for scripts: no proxy, no cookies, no automatic
/// redirects or decompression, connections only to addresses the policy permits, each request
/// bounded by <c>SCRIPT_HTTP_TIMEOUT</c> and <c>SCRIPT_HTTP_MAX_RESPONSE_BYTES</c>.</summary>
public sealed class ScriptHttpClient : IDisposable
{
    /// <summary>Redirects followed at most per request.</summary>
    internal const int MaxRedirects = 5;

    // Credentials meant for one origin are not handed to another by a redirect.
    private static readonly string[] OriginBound = ["Authorization", "Cookie", "Proxy-Authorization"];

    private readonly HttpClient _client;
    private readonly TimeProvider _time;

    /// <summary>A client enforcing <paramref name="policy"/>, its timeouts measured on <paramref name="time"/>.</summary>
    public ScriptHttpClient(ScriptHttpPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            // Long-lived pools would keep dialling addresses resolved long ago.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = policy.Settings.Timeout,
            ConnectCallback = (context, cancellationToken) => ScriptHttpConnector.ConnectAsync(policy, context, cancellationToken),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>What the client lets scripts reach.</summary>
    public ScriptHttpPolicy Policy { get; }

    /// <summary>Sends <paramref name="request"/>, following redirects by hand, and answers
    /// <c>{ status, headers, body }</c>; any refusal or failure is a <see cref="ScriptHostException"/>.</summary>
    internal async Task<JsonObject> SendAsync(ScriptHttpRequest request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Policy.Settings.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ScriptHostException($"{request.Call}: no answer within {Policy.Settings.Timeout.TotalSeconds:0} s (SCRIPT_HTTP_TIMEOUT); "
                + "call a faster service or raise SCRIPT_HTTP_TIMEOUT.");
        }
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose() => _client.Dispose();

    private async Task<JsonObject> FollowAsync(ScriptHttpRequest request, CancellationToken cancellationToken)
    {
        var (method, url, body, headers) = (request.Method, request.Url, request.Body, request.Headers);
        for (var hop = 0; ; hop++)
        {
            if (Policy.CheckUrl(url) is { } refusal)
            {
                throw new ScriptHostException($"{request.Call}: {(hop == 0 ? "" : "redirected, then ")}{refusal}");
            }
            using var message = Message(request.Call, method, url, body, headers);
            using var response = await SendOnceAsync(request.Call, message, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return await ScriptHttpResponse.ReadAsync(request.Call, response, Policy.Settings.MaxResponseBytes, cancellationToken);
            }
            if (hop == MaxRedirects)
            {
                throw new ScriptHostException($"{request.Call}: more than {MaxRedirects} redirects, the last from {url.IdnHost}; call the final URL directly.");
            }
            var next = new Uri(url, location);
            if (response.StatusCode == HttpStatusCode.SeeOther
                || (method == HttpMethod.Post && response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found))
            {
                (method, body) = (HttpMethod.Get, null);
                headers = headers.Where(header => !header.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToArray();
            }
            if (!Uri.Compare(url, next, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase).Equals(0))
            {
                headers = headers.Where(header => !OriginBound.Contains(header.Key, StringComparer.OrdinalIgnoreCase)).ToArray();
            }
            url = next;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string call, HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw Explain(call, message.RequestUri!, exception);
        }
    }

    private static HttpRequestMessage Message(string call, HttpMethod method, Uri url, JsonNode? body,
        IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var message = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            message.Content = body is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? new StringContent(value.GetValue<string>(), Encoding.UTF8, "text/plain")
                : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        foreach (var (name, text) in headers)
        {
            if (message.Content?.Headers.Contains(name) == true)
            {
                message.Content.Headers.Remove(name);
            }
            if (!message.Headers.TryAddWithoutValidation(name, text) && message.Content?.Headers.TryAddWithoutValidation(name, text) != true)
            {
                message.Dispose();
                throw new ScriptHostException($"{call}: the {name} header cannot be sent on this request; remove it from options.headers.");
            }
        }
        return message;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // Refusals from the connector travel inside HttpRequestException; anything else is put in plain words.
    private static ScriptHostException Explain(string call, Uri url, HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is ScriptHostException refused)
            {
                return new ScriptHostException($"{call}: {refused.Message}");
            }
        }
        var host = url.IdnHost;
        return new ScriptHostException($"{call}: " + exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"{host} could not be resolved; check the host name.",
            HttpRequestError.ConnectionError => $"could not connect to {host}; check that it is up and that the port is right.",
            HttpRequestError.SecureConnectionError => $"the TLS handshake with {host} failed; check its certificate.",
            HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse => $"{host} sent an incomplete or invalid response.",
            _ => $"the request to {host} failed.",
        });
    }
}
