using System.Text.Json.Nodes;
using Sluice.Core.Scripting;

namespace Sluice.Tests.Scripting.Hosts;

/// <summary>Calls host methods the way the sandbox will: by name, with JSON arguments.</summary>
internal static class HostCalls
{
    public static ValueTask<JsonNode?> CallAsync(this ScriptHostObject host, string method, params JsonNode?[] arguments) =>
        host.CallAsync(method, CancellationToken.None, arguments);

    public static ValueTask<JsonNode?> CallAsync(this ScriptHostObject host, string method, CancellationToken cancellationToken,
        params JsonNode?[] arguments) =>
        host.Methods.Single(m => m.Name == method).Call(arguments, cancellationToken);

    /// <summary>Calls a method that must answer at once, as non-promise methods do.</summary>
    public static JsonNode? Call(this ScriptHostObject host, string method, params JsonNode?[] arguments)
    {
        var answer = host.CallAsync(method, arguments);
        if (answer.IsCompleted)
        {
            return answer.GetAwaiter().GetResult();
        }
        Assert.Fail($"{host.Name}.{method} must answer at once");
        return null;
    }

    /// <summary>The message of the <see cref="ScriptHostException"/> the call ends with.</summary>
    public static async Task<string> RefusalAsync(this ScriptHostObject host, string method, params JsonNode?[] arguments) =>
        (await Assert.ThrowsAsync<ScriptHostException>(async () => await host.CallAsync(method, arguments))).Message;

    public static string Refusal(this ScriptHostObject host, string method, params JsonNode?[] arguments) =>
        Assert.Throws<ScriptHostException>(() => host.Call(method, arguments)).Message;
}
