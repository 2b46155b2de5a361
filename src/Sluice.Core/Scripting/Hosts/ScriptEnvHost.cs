using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Builds the <c>env</c> object: <c>get(name)</c> answers the environment variable's
/// value (null when unset), for names in <c>SCRIPT_ENV_ALLOWLIST</c> only.</summary>
public static class ScriptEnvHost
{
    /// <summary>The <c>env</c> object, for any number of runs, reading the process environment.</summary>
    public static ScriptHostObject Create(IReadOnlyList<string> allowlist) => Create(allowlist, Environment.GetEnvironmentVariable);

    /// <summary>As above, reading variables through <paramref name="lookup"/>.</summary>
    internal static ScriptHostObject Create(IReadOnlyList<string> allowlist, Func<string, string?> lookup)
    {
        var allowed = allowlist.ToHashSet(StringComparer.Ordinal);
        return new("env",
        [
            new("get", (arguments, _) =>
            {
                var args = new ScriptArguments("env.get", arguments);
                var name = args.String(0, "name");
                if (!allowed.Contains(name))
                {
                    throw new ScriptHostException($"env.get('{name}') is not allowed: add {name} to SCRIPT_ENV_ALLOWLIST.");
                }
                return ValueTask.FromResult<JsonNode?>(lookup(name) is { } value ? JsonValue.Create(value) : null);
            }, ReturnsPromise: false),
        ]);
    }
}
