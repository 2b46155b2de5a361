using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Dashboard;

/// <summary>Caching and content-security headers of the app's files.</summary>
internal static class DashboardHeaders
{
    // Scripts and styles come from this origin only; no inline script can run. Inline styles are
    // allowed because the component kit positions popovers through style attributes.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Vite names every file under <c>assets/</c> by a hash of its content, so a
    /// browser may keep it forever; anything else (the entry page) is revalidated each time.</summary>
    public static void ForFile(HttpContext context, string path)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = path.StartsWith("/assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
    }
}
