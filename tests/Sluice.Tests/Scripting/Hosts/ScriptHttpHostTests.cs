using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Sluice.Core.Scripting;
using Sluice.Core.Scripting.Hosts;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class ScriptHttpHostTests : IAsyncLifetime
{
    private LocalHttpServer _server = null!;
    private LocalHttpServer _other = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalHttpServer.StartAsync();
        _other = await LocalHttpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _other.DisposeAsync();
    }

    // Loopback is refused by design; the test server alone is let through, by its exact endpoint.
    private ScriptHostObject Http(TimeProvider? time = null, int maxBytes = 1_048_576, params string[] hosts) =>
        ScriptHttpHost.Create(new ScriptHttpClient(
            new ScriptHttpPolicy(new ScriptHttpSettings(hosts.Length > 0 ? hosts : ["127.0.0.1"], TimeSpan.FromSeconds(10), maxBytes), [_server.Endpoint]),
            time ?? TimeProvider.System));

    [Fact]
    public async Task Get_AllowedServerAnswersJson_GivesStatusHeadersAndParsedBody()
    {
        var answer = (await Http().CallAsync("get", _server.Url("/json")))!.AsObject();

        Assert.Equal(200, (int)answer["status"]!);
        Assert.StartsWith("application/json", (string)answer["headers"]!["content-type"]!, StringComparison.Ordinal);
        Assert.Equal("sluice", (string)answer["body"]!["name"]!);
        Assert.Equal(3, (int)answer["body"]!["count"]!);
    }

    [Fact]
    public async Task Get_TextResponse_GivesTheText()
    {
        var answer = await Http().CallAsync("get", _server.Url("/text"));

        Assert.Equal("plain words", (string)answer!["body"]!);
    }

    [Fact]
    public async Task Get_Status404_IsAnAnswerNotAnError()
    {
        var answer = await Http().CallAsync("get", _server.Url("/missing"));

        Assert.Equal(404, (int)answer!["status"]!);
        Assert.Equal("no such thing", (string)answer["body"]!["error"]!);
    }

    [Fact]
    public async Task Post_ObjectBody_IsSentAsJsonWithTheGivenHeaders()
    {
        var options = new JsonObject { ["headers"] = new JsonObject { ["X-Test"] = "yes" } };

        var echo = (await Http().CallAsync("post", _server.Url("/echo"), new JsonObject { ["a"] = 1 }, options))!["body"]!;

        Assert.Equal("POST", (string)echo["method"]!);
        Assert.StartsWith("application/json", (string)echo["content_type"]!, StringComparison.Ordinal);
        Assert.Equal("{\"a\":1}", (string)echo["body"]!);
        Assert.Equal("yes", (string)echo["x_test"]!);
    }

    [Fact]
    public async Task Put_StringBody_IsSentAsText()
    {
        var echo = (await Http().CallAsync("put", _server.Url("/echo"), "hello"))!["body"]!;

        Assert.Equal("PUT", (string)echo["method"]!);
        Assert.StartsWith("text/plain", (string)echo["content_type"]!, StringComparison.Ordinal);
        Assert.Equal("hello", (string)echo["body"]!);
    }

    [Fact]
    public async Task Get_HostNotInAllowList_IsRefusedNamingTheSetting()
    {
        var message = await Http(hosts: "api.example.com").RefusalAsync("get", _server.Url("/json"));

        Assert.Equal("http.get: 127.0.0.1 is not allowed: add it to SCRIPT_HTTP_ALLOWED_HOSTS.", message);
    }

    [Fact]
    public async Task Get_EmptyAllowList_RefusesEveryHost()
    {
        var http = ScriptHttpHost.Create(new ScriptHttpClient(new ScriptHttpPolicy(ScriptHttpSettings.Default, [_server.Endpoint]), TimeProvider.System));

        var message = await http.RefusalAsync("get", _server.Url("/json"));

        Assert.Contains("SCRIPT_HTTP_ALLOWED_HOSTS", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/x")]
    public async Task Get_OtherScheme_IsRefused(string url)
    {
        var message = await Http().RefusalAsync("get", url);

        Assert.Contains("use an http:// or https:// URL", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", "a loopback")]
    [InlineData("[::1]", "a loopback")]
    [InlineData("10.1.2.3", "a private")]
    [InlineData("169.254.169.254", "a cloud metadata")]
    [InlineData("[::ffff:127.0.0.1]", "a loopback")]
    public async Task Get_InternalAddressInTheAllowList_IsRefused(string host, string kind)
    {
        // The other server listens on 127.0.0.1 but is not exempt: it would answer if allowed.
        var url = $"http://{host}:{_other.Endpoint.Port}/json";

        var message = await Http(hosts: host).RefusalAsync("get", url);

        Assert.Contains($"is {kind} address; scripts may call public addresses only.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LocalhostInTheAllowList_IsRefusedBecauseItResolvesToLoopback()
    {
        var http = ScriptHttpHost.Create(new ScriptHttpClient(
            new ScriptHttpPolicy(new ScriptHttpSettings(["localhost"], TimeSpan.FromSeconds(10), 1024)), TimeProvider.System));

        var message = await http.RefusalAsync("get", $"http://localhost:{_other.Endpoint.Port}/json");

        Assert.Matches(@"^http\.get: localhost resolves to (127\.0\.0\.1|::1), a loopback address", message);
    }

    [Fact]
    public async Task Get_RedirectWithinTheExemptServer_IsFollowed()
    {
        var answer = await Http().CallAsync("get", _server.Url("/redirect?to=/json"));

        Assert.Equal(200, (int)answer!["status"]!);
        Assert.Equal("sluice", (string)answer["body"]!["name"]!);
    }

    [Fact]
    public async Task Get_RedirectToAnotherLoopbackPort_IsRefused()
    {
        var target = Uri.EscapeDataString(_other.Url("/json"));

        var message = await Http().RefusalAsync("get", _server.Url($"/redirect?to={target}"));

        Assert.Equal("http.get: 127.0.0.1 is a loopback address; scripts may call public addresses only.", message);
    }

    [Fact]
    public async Task Get_RedirectToAHostNotAllowed_IsRefused()
    {
        var target = Uri.EscapeDataString("http://example.com/");

        var message = await Http().RefusalAsync("get", _server.Url($"/redirect?to={target}"));

        Assert.Equal("http.get: redirected, then example.com is not allowed: add it to SCRIPT_HTTP_ALLOWED_HOSTS.", message);
    }

    [Fact]
    public async Task Post_307Redirect_KeepsMethodAndBody()
    {
        var echo = (await Http().CallAsync("post", _server.Url("/redirect?to=/echo&status=307"), "kept"))!["body"]!;

        Assert.Equal(("POST", "kept"), ((string)echo["method"]!, (string)echo["body"]!));
    }

    [Fact]
    public async Task Post_302Redirect_ContinuesAsGetWithoutBodyOrBodyHeaders()
    {
        var options = new JsonObject { ["headers"] = new JsonObject { ["Content-Type"] = "application/x-custom", ["X-Test"] = "kept" } };

        var echo = (await Http().CallAsync("post", _server.Url("/redirect?to=/echo"), "dropped", options))!["body"]!;

        Assert.Equal(("GET", "", "kept"), ((string)echo["method"]!, (string)echo["body"]!, (string)echo["x_test"]!));
        Assert.Null(echo["content_type"]);
    }

    [Fact]
    public async Task Get_RedirectToAnotherOrigin_DropsCredentials()
    {
        // 127.0.0.1 and localhost are different origins (both exempt here through the same endpoint).
        var http = ScriptHttpHost.Create(new ScriptHttpClient(new ScriptHttpPolicy(
            new ScriptHttpSettings(["127.0.0.1", "localhost"], TimeSpan.FromSeconds(10), 1_048_576),
            [_server.Endpoint, new IPEndPoint(IPAddress.IPv6Loopback, _server.Endpoint.Port)]), TimeProvider.System));
        var options = new JsonObject { ["headers"] = new JsonObject { ["Authorization"] = "Bearer secret", ["X-Test"] = "kept" } };
        var target = Uri.EscapeDataString($"http://localhost:{_server.Endpoint.Port}/echo");

        var sameOrigin = (await http.CallAsync("get", _server.Url("/redirect?to=/echo"), options))!["body"]!;
        var otherOrigin = (await http.CallAsync("get", _server.Url($"/redirect?to={target}"), options))!["body"]!;

        Assert.Equal("Bearer secret", (string)sameOrigin["authorization"]!);
        Assert.Equal(("", "kept"), ((string)otherOrigin["authorization"]!, (string)otherOrigin["x_test"]!));
    }

    [Fact]
    public async Task Get_RedirectLoop_StopsAfterFiveRedirects()
    {
        var message = await Http().RefusalAsync("get", _server.Url("/loop"));

        Assert.Equal("http.get: more than 5 redirects, the last from 127.0.0.1; call the final URL directly.", message);
        Assert.Equal(ScriptHttpClient.MaxRedirects + 1, _server.Loops);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_BodyOverTheLimit_IsRefused(bool chunked)
    {
        var message = await Http(maxBytes: 4096).RefusalAsync("get", _server.Url($"/big?bytes=50000&chunked={chunked}"));

        Assert.Equal("http.get: the response of 127.0.0.1 is larger than 4096 bytes (SCRIPT_HTTP_MAX_RESPONSE_BYTES); "
            + "ask for less or raise SCRIPT_HTTP_MAX_RESPONSE_BYTES.", message);
    }

    [Fact]
    public async Task Get_BodyAtTheLimit_IsRead()
    {
        var answer = await Http(maxBytes: 4096).CallAsync("get", _server.Url("/big?bytes=4096&chunked=true"));

        Assert.Equal(4096, ((string)answer!["body"]!).Length);
    }

    [Fact]
    public async Task Get_NoAnswerWithinTheTimeout_IsRefusedNamingTheSetting()
    {
        var time = new FakeTimeProvider();
        var call = Http(time).CallAsync("get", _server.Url("/hang")).AsTask();
        await _server.Hanging.WaitAsync(Eventually.Patience);

        time.Advance(TimeSpan.FromSeconds(10));

        var refusal = await Assert.ThrowsAsync<ScriptHostException>(() => call.WaitAsync(Eventually.Patience));
        Assert.Equal("http.get: no answer within 10 s (SCRIPT_HTTP_TIMEOUT); call a faster service or raise SCRIPT_HTTP_TIMEOUT.", refusal.Message);
    }

    [Fact]
    public async Task Get_RunCancelled_CancelsTheRequest()
    {
        using var run = new CancellationTokenSource();
        var call = Http().CallAsync("get", run.Token, _server.Url("/hang")).AsTask();
        await _server.Hanging.WaitAsync(Eventually.Patience);

        await run.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Eventually.Patience));
    }

    [Theory]
    [InlineData("Host", "example.com")]
    [InlineData("Content-Length", "5")]
    [InlineData("Transfer-Encoding", "chunked")]
    [InlineData("Connection", "close")]
    public async Task Get_FramingHeader_IsRefused(string name, string value)
    {
        var options = new JsonObject { ["headers"] = new JsonObject { [name] = value } };

        var message = await Http().RefusalAsync("get", _server.Url("/echo"), options);

        Assert.Equal($"http.get: the {name} header is set by the HTTP client; remove it from options.headers.", message);
    }

    [Theory]
    [InlineData("X-Test", "a\r\nInjected: yes", "the X-Test header contains a line break")]
    [InlineData("X-Test", "a\nb", "the X-Test header contains a line break")]
    [InlineData("Bad Name", "a", "'Bad Name' is not a header name")]
    public async Task Get_MalformedHeader_IsRefused(string name, string value, string expected)
    {
        var options = new JsonObject { ["headers"] = new JsonObject { [name] = value } };

        var message = await Http().RefusalAsync("get", _server.Url("/echo"), options);

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UrlNotAString_IsRefused()
    {
        Assert.Equal("http.get: url must be a string.", await Http().RefusalAsync("get", 42));
        Assert.Equal("http.get: url must be an absolute http:// or https:// URL.", await Http().RefusalAsync("get", "not a url"));
    }
}
