namespace Sluice.Core.Scripting.Hosts;

/// <summary>What a script's <c>http</c> object may reach and how much it may take.</summary>
/// <param name="AllowedHosts">Host names a script may call (<c>SCRIPT_HTTP_ALLOWED_HOSTS</c>);
/// <c>*.example.com</c> matches every subdomain of example.com. Empty: no host.</param>
/// <param name="Timeout">Longest one request may take, redirects included (<c>SCRIPT_HTTP_TIMEOUT</c>).</param>
/// <param name="MaxResponseBytes">Largest response body a script may receive (<c>SCRIPT_HTTP_MAX_RESPONSE_BYTES</c>).</param>
public sealed record ScriptHttpSettings(IReadOnlyList<string> AllowedHosts, TimeSpan Timeout, int MaxResponseBytes)
{
    /// <summary>The documented defaults: no host, 10 seconds, 1 MiB.</summary>
    public static ScriptHttpSettings Default { get; } = new([], TimeSpan.FromSeconds(10), 1_048_576);
}
