using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sluice.Server.Observability;

/// <summary>Takes the caller's <c>X-Request-ID</c> when it is sane (or makes one), echoes it
/// and puts it in the log scope, so every log line of the request carries it.</summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var requestId = IsAcceptable(incoming) ? incoming : NewId();
        context.TraceIdentifier = requestId;
        context.Response.Headers[HeaderName] = requestId;
        using (logger.BeginScope(new RequestIdScope(requestId)))
        {
            await next(context);
        }
    }

    /// <summary>32 random hex digits, like a trace id. Drawn from the runtime's per-thread
    /// generator: <see cref="Guid.NewGuid"/> reads the kernel's random source, a system call on
    /// every request, and a request id needs to be unique, not secret.</summary>
    internal static string NewId() => ActivityTraceId.CreateRandom().ToHexString();

    // Bounded and plain, so a header cannot forge log lines or bloat storage.
    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
