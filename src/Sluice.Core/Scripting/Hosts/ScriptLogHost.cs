using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Builds a run's <c>log</c> object: <c>info</c>, <c>warn</c> and <c>error(message, ...values)</c>
/// write one line to the server log with the API id, path and request id. A line is cut at
/// <see cref="MaxLineLength"/> characters with line breaks flattened; a run writes at most
/// <see cref="MaxLines"/> lines, then one saying further lines were dropped.</summary>
public static class ScriptLogHost
{
    /// <summary>Longest line, in characters.</summary>
    public const int MaxLineLength = 2000;

    /// <summary>Most lines one run writes.</summary>
    public const int MaxLines = 100;

    private static readonly string Dropped = $"further lines dropped: a run logs at most {MaxLines} lines.";

    /// <summary>The <c>log</c> object of one run; <paramref name="capture"/>, when given, also
    /// receives each line (for a debug run to show).</summary>
    public static ScriptHostObject Create(ILogger logger, ScriptLogContext context, Action<ScriptLogLine>? capture = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(context);
        var run = new RunLog(logger, context, capture);
        return new("log",
        [
            new("info", (arguments, _) => run.Write(ScriptLogLevel.Info, arguments), ReturnsPromise: false),
            new("warn", (arguments, _) => run.Write(ScriptLogLevel.Warn, arguments), ReturnsPromise: false),
            new("error", (arguments, _) => run.Write(ScriptLogLevel.Error, arguments), ReturnsPromise: false),
        ]);
    }

    /// <summary>The arguments as one line: strings as they are, other values as JSON, separated by
    /// spaces, line breaks flattened (so a script cannot forge lines of its own), cut to length.</summary>
    internal static string Line(IReadOnlyList<JsonNode?> arguments)
    {
        var line = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(ScriptArguments.Text(argument));
            if (line.Length > MaxLineLength)
            {
                break;
            }
        }
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsControl(line[i]))
            {
                line[i] = ' ';
            }
        }
        return line.Length > MaxLineLength ? line.ToString(0, MaxLineLength - 1) + "…" : line.ToString();
    }

    private sealed class RunLog(ILogger logger, ScriptLogContext context, Action<ScriptLogLine>? capture)
    {
        private int _lines;

        public ValueTask<JsonNode?> Write(ScriptLogLevel level, IReadOnlyList<JsonNode?> arguments)
        {
            var count = Interlocked.Increment(ref _lines);
            if (count <= MaxLines)
            {
                Emit(level, Line(arguments));
            }
            else if (count == MaxLines + 1)
            {
                Emit(ScriptLogLevel.Warn, Dropped);
            }
            return ValueTask.FromResult<JsonNode?>(null);
        }

        private void Emit(ScriptLogLevel level, string line)
        {
            switch (level)
            {
                case ScriptLogLevel.Info:
                    Log.ScriptInfo(logger, context.ApiId, context.Path, context.RequestId, line);
                    break;
                case ScriptLogLevel.Warn:
                    Log.ScriptWarn(logger, context.ApiId, context.Path, context.RequestId, line);
                    break;
                default:
                    Log.ScriptError(logger, context.ApiId, context.Path, context.RequestId, line);
                    break;
            }
            capture?.Invoke(new ScriptLogLine(level, line));
        }
    }
}
