using System.Net;

namespace Sluice.Core.Scripting.Hosts;

/// <summary>One entry of <c>SCRIPT_HTTP_ALLOWED_HOSTS</c>: a host name, an IP literal, or
/// <c>*.example.com</c> for every subdomain of example.com (not example.com itself).</summary>
internal static class ScriptHostPattern
{
    private const string Wildcard = "*.";

    /// <summary>True for a host name (ASCII or punycode), an IP literal or a wildcard of a host name.</summary>
    public static bool IsValid(string pattern)
    {
        var wildcard = pattern.StartsWith(Wildcard, StringComparison.Ordinal);
        var name = wildcard ? pattern[Wildcard.Length..] : pattern;
        if (IPAddress.TryParse(Unbracketed(name), out _))
        {
            return !wildcard;
        }
        return !name.Contains('*', StringComparison.Ordinal) && Uri.CheckHostName(name) == UriHostNameType.Dns;
    }

    /// <summary>True when <paramref name="host"/> (as a URL names it, IPv6 with or without brackets)
    /// is what <paramref name="pattern"/> allows.</summary>
    public static bool Matches(string pattern, string host)
    {
        host = Unbracketed(host).TrimEnd('.');
        if (pattern.StartsWith(Wildcard, StringComparison.Ordinal))
        {
            var suffix = pattern[1..];
            return host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }
        // IP literals compare as addresses: a URL may write one differently from the setting.
        if (IPAddress.TryParse(Unbracketed(pattern), out var allowed) && IPAddress.TryParse(host, out var address))
        {
            return allowed.Equals(address);
        }
        return string.Equals(Unbracketed(pattern), host, StringComparison.OrdinalIgnoreCase);
    }

    private static string Unbracketed(string host) =>
        host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
