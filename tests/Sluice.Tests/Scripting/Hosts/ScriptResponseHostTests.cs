using System.Text.Json.Nodes;
using Sluice.Core.Scripting.Hosts;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class ScriptResponseHostTests
{
    private readonly ScriptResponse _response = new();
    private readonly Core.Scripting.ScriptHostObject _host;

    public ScriptResponseHostTests() => _host = ScriptResponseHost.Create(_response);

    [Fact]
    public void Nothing_LeavesTheGatewaysStatusAndNoHeaders()
    {
        Assert.Null(_response.Status);
        Assert.Empty(_response.Headers);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(599)]
    public void Status_InRange_IsRecorded(int code)
    {
        _host.Call("status", code);

        Assert.Equal(code, _response.Status);
    }

    [Theory]
    [InlineData(199)]
    [InlineData(600)]
    [InlineData(1.5)]
    [InlineData("201")]
    [InlineData(null)]
    public void Status_OutOfRangeOrNotANumber_IsRefused(object? code)
    {
        var message = _host.Refusal("status", code is null ? null : JsonValue.Create(code));

        Assert.Equal("response.status: code must be a whole number from 200 to 599.", message);
        Assert.Null(_response.Status);
    }

    [Fact]
    public void HeaderAndHeaders_AreRecordedAndALaterValueWins()
    {
        _host.Call("header", "X-Total", 3);
        _host.Call("headers", new JsonObject { ["Cache-Control"] = "no-store", ["x-total"] = "4" });

        Assert.Equal(2, _response.Headers.Count);
        Assert.Equal("no-store", _response.Headers["cache-control"]);
        Assert.Equal("4", _response.Headers["X-Total"]);
    }

    [Theory]
    [InlineData("Content-Type")]
    [InlineData("content-length")]
    [InlineData("Transfer-Encoding")]
    [InlineData("Connection")]
    [InlineData("Set-Cookie")]
    public void Header_SetByTheGateway_IsRefused(string name)
    {
        var message = _host.Refusal("header", name, "x");

        Assert.Equal($"response.header: the {name} header is set by the gateway; scripts may not set it.", message);
        Assert.Empty(_response.Headers);
    }

    [Fact]
    public void Header_NameNotAToken_IsRefused() =>
        Assert.Equal("response.header: 'X Bad' is not a header name; use letters, digits and - only.", _host.Refusal("header", "X Bad", "x"));

    [Theory]
    [InlineData("a\r\nSet-Cookie: s=1")]
    [InlineData("a\nb")]
    public void Headers_ValueWithALineBreak_IsRefused(string value)
    {
        var message = _host.Refusal("headers", new JsonObject { ["X-Note"] = value });

        Assert.Equal("response.headers: the X-Note header must be one line of at most 4096 characters.", message);
        Assert.Empty(_response.Headers);
    }

    [Fact]
    public void Header_ObjectValue_IsRefused() =>
        Assert.Equal("response.header: the X-Note header needs a string value.", _host.Refusal("header", "X-Note", new JsonObject()));

    [Fact]
    public void Header_MoreThanTheLimit_IsRefused()
    {
        for (var i = 0; i < ScriptResponseHost.MaxHeaders; i++)
        {
            _host.Call("header", $"X-H{i}", "v");
        }

        Assert.Equal("response.header: a run may set at most 50 headers.", _host.Refusal("header", "X-One-More", "v"));
        _host.Call("header", "X-H0", "replaced");
        Assert.Equal("replaced", _response.Headers["X-H0"]);
    }
}
