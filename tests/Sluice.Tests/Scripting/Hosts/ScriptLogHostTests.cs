using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sluice.Core.Scripting.Hosts;
using Sluice.Tests.Flow;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class ScriptLogHostTests
{
    private static readonly ScriptLogContext Context = new(42, "orders/{id}", "req-7");

    private readonly CapturedLogs _logs = new();
    private readonly List<ScriptLogLine> _captured = [];

    private Core.Scripting.ScriptHostObject Log() => ScriptLogHost.Create(_logs.CreateLogger("script"), Context, _captured.Add);

    [Fact]
    public void InfoWarnError_WriteOneLineEachWithApiPathAndRequest()
    {
        var log = Log();

        log.Call("info", "loaded", 3, new JsonObject { ["a"] = true });
        log.Call("warn", "slow");
        log.Call("error", new JsonArray(1, 2));

        Assert.Equal(
        [
            (4600, LogLevel.Information, "Script of API 42 (orders/{id}, request req-7): loaded 3 {\"a\":true}"),
            (4601, LogLevel.Warning, "Script of API 42 (orders/{id}, request req-7): slow"),
            (4602, LogLevel.Error, "Script of API 42 (orders/{id}, request req-7): [1,2]"),
        ], _logs.Entries);
        Assert.Equal([new(ScriptLogLevel.Info, "loaded 3 {\"a\":true}"), new(ScriptLogLevel.Warn, "slow"), new(ScriptLogLevel.Error, "[1,2]")],
            _captured);
    }

    [Fact]
    public void Info_LongMessage_IsCutTo2000Characters()
    {
        Log().Call("info", new string('x', 5000));

        var line = Assert.Single(_captured).Message;
        Assert.Equal(ScriptLogHost.MaxLineLength, line.Length);
        Assert.EndsWith("x…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_LineBreaks_AreFlattenedSoNoLineCanBeForged()
    {
        Log().Call("info", "one\r\nScript of API 1 (x, request y): forged");

        Assert.Equal("one  Script of API 1 (x, request y): forged", Assert.Single(_captured).Message);
    }

    [Fact]
    public void Info_MoreThan100Lines_DropsTheRestAfterSayingSo()
    {
        var log = Log();

        for (var i = 0; i < 150; i++)
        {
            log.Call("info", i);
        }

        Assert.Equal(101, _logs.Entries.Count);
        Assert.Equal("99", _captured[99].Message);
        Assert.Equal(new ScriptLogLine(ScriptLogLevel.Warn, "further lines dropped: a run logs at most 100 lines."), _captured[100]);
    }

    [Fact]
    public void Create_EachRunCountsItsOwnLines()
    {
        var first = Log();
        for (var i = 0; i < 101; i++)
        {
            first.Call("info", i);
        }

        Log().Call("info", "next run");

        Assert.Equal("next run", _captured[^1].Message);
    }

    [Fact]
    public void Info_WithoutCapture_StillLogs()
    {
        ScriptLogHost.Create(_logs.CreateLogger("script"), Context with { RequestId = null }).Call("info", "no capture");

        Assert.Equal("Script of API 42 (orders/{id}, request (null)): no capture", Assert.Single(_logs.Entries).Message);
    }
}
