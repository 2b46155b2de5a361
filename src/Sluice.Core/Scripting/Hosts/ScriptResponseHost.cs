using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Builds a run's <c>response</c> object: <c>status(code)</c> (200–599),
/// <c>header(name, value)</c> and <c>headers({name: value})</c>, recorded in a
/// <see cref="ScriptResponse"/>.</summary>
public static class ScriptResponseHost
{
    /// <summary>Most headers one run may set.</summary>
    public const int MaxHeaders = 50;

    /// <summary>Longest header value, in characters.</summary>
    public const int MaxValueLength = 4096;

    // The gateway frames the body and writes its JSON envelope; Set-Cookie is refused because
    // the gateway shares its origin with the dashboard, whose session a cookie could shadow.
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade",
        "TE", "Trailer", "Set-Cookie",
    };

    /// <summary>The <c>response</c> object of one run, recording into <paramref name="response"/>.</summary>
    public static ScriptHostObject Create(ScriptResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new("response",
        [
            new("status", (arguments, _) =>
            {
                var args = new ScriptArguments("response.status", arguments);
                if (args[0] is null)
                {
                    throw args.Refuse("code must be a whole number from 200 to 599.");
                }
                response.Status = (int)args.WholeNumber(0, "code", 0, 200, 599);
                return Done;
            }, ReturnsPromise: false),
            new("header", (arguments, _) =>
            {
                var args = new ScriptArguments("response.header", arguments);
                Set(args, response, args.String(0, "name"), args[1]);
                return Done;
            }, ReturnsPromise: false),
            new("headers", (arguments, _) =>
            {
                var args = new ScriptArguments("response.headers", arguments);
                var headers = args.Object(0, "headers") ?? throw args.Refuse("headers must be an object of header names and values.");
                foreach (var (name, value) in headers)
                {
                    Set(args, response, name, value);
                }
                return Done;
            }, ReturnsPromise: false),
        ]);
    }

    private static ValueTask<JsonNode?> Done => ValueTask.FromResult<JsonNode?>(null);

    private static void Set(ScriptArguments args, ScriptResponse response, string name, JsonNode? value)
    {
        if (!HeaderRules.IsToken(name))
        {
            throw args.Refuse($"'{name}' is not a header name; use letters, digits and - only.");
        }
        if (Refused.Contains(name))
        {
            throw args.Refuse($"the {name} header is set by the gateway; scripts may not set it.");
        }
        if (value is not JsonValue)
        {
            throw args.Refuse($"the {name} header needs a string value.");
        }
        var text = ScriptArguments.Text(value);
        if (HeaderRules.BreaksLine(text) || text.Length > MaxValueLength)
        {
            throw args.Refuse($"the {name} header must be one line of at most {MaxValueLength} characters.");
        }
        if (response.Headers.Count >= MaxHeaders && !response.Headers.ContainsKey(name))
        {
            throw args.Refuse($"a run may set at most {MaxHeaders} headers.");
        }
        response.SetHeader(name, text);
    }
}
