using System.Net;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>Where a script's <c>http</c> object may go: http(s) URLs whose host is in
/// <c>SCRIPT_HTTP_ALLOWED_HOSTS</c>, connected only to public addresses.</summary>
public sealed class ScriptHttpPolicy
{
    private readonly HashSet<IPEndPoint> _exempt;

    /// <summary>The policy of <paramref name="settings"/>.</summary>
    public ScriptHttpPolicy(ScriptHttpSettings settings) : this(settings, []) { }

    /// <summary>A policy that also lets the exact <paramref name="exempt"/> endpoints (address and
    /// port) through the address rules: for tests, whose servers listen on loopback.</summary>
    internal ScriptHttpPolicy(ScriptHttpSettings settings, IEnumerable<IPEndPoint> exempt)
    {
        Settings = settings;
        _exempt = [.. exempt];
    }

    /// <summary>The settings this policy enforces.</summary>
    public ScriptHttpSettings Settings { get; }

    /// <summary>Null when a script may request <paramref name="url"/>; else why not and how to allow it.</summary>
    internal string? CheckUrl(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"'{url.Scheme}:' URLs are not allowed; use an http:// or https:// URL.";
        }
        var host = url.IdnHost;
        foreach (var pattern in Settings.AllowedHosts)
        {
            if (ScriptHostPattern.Matches(pattern, host))
            {
                return null;
            }
        }
        return Settings.AllowedHosts.Count == 0
            ? $"{host} is not allowed: scripts may call no host until SCRIPT_HTTP_ALLOWED_HOSTS lists it."
            : $"{host} is not allowed: add it to SCRIPT_HTTP_ALLOWED_HOSTS.";
    }

    /// <summary>Null when a script may connect to <paramref name="endpoint"/>; else what kind of
    /// address it is, e.g. "a loopback".</summary>
    internal string? CheckAddress(IPEndPoint endpoint) =>
        _exempt.Contains(endpoint) ? null : ScriptAddressRules.Refusal(endpoint.Address);
}
