using System.Globalization;

namespace Sluice.Core.Settings;

/// <summary>A Redis server from <c>REDIS_URL</c> or <c>REDIS_HOST/PORT/PASSWORD/DB</c>.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port.</param>
/// <param name="Password">Password, if any.</param>
/// <param name="Database">Logical database number.</param>
/// <param name="UseTls">True for a <c>rediss://</c> URL.</param>
public sealed record RedisEndpoint(string Host, int Port, string? Password, int Database, bool UseTls)
{
    /// <summary>The StackExchange.Redis configuration string.</summary>
    public string ToConfiguration()
    {
        var config = string.Create(CultureInfo.InvariantCulture,
            $"{Host}:{Port},defaultDatabase={Database},abortConnect=false,connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000");
        if (UseTls)
        {
            config += ",ssl=true";
        }
        return Password is null ? config : config + ",password=" + Password;
    }

    /// <summary>Parses <c>redis://[:password@]host[:port][/db]</c>.</summary>
    public static RedisEndpoint? TryParse(string url, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "redis" && uri.Scheme != "rediss") || uri.Host.Length == 0)
        {
            error = "expected redis://[:password@]host:6379/0.";
            return null;
        }
        var database = 0;
        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0 && !int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out database))
        {
            error = $"the database '{path}' is not a number.";
            return null;
        }
        var userInfo = uri.UserInfo;
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var password = colon >= 0 ? userInfo[(colon + 1)..] : null;
        return new RedisEndpoint(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port,
            string.IsNullOrEmpty(password) ? null : Uri.UnescapeDataString(password), database, uri.Scheme == "rediss");
    }
}
