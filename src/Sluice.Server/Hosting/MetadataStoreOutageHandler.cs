using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Sluice.Core.Connectors;

namespace Sluice.Server.Hosting;

/// <summary>Answers 503 (not 500) when a request fails because the metadata store cannot be
/// reached: stopped, restarting, the connection lost, or (SQLite) its file held locked by another
/// process past the busy timeout. The outage is the operator's to fix and
/// the request may simply be retried; the gateway keeps serving its snapshot meanwhile.
/// Runs before <see cref="UnhandledExceptionHandler"/>; other exceptions pass through.</summary>
internal sealed class MetadataStoreOutageHandler(IProblemDetailsService problems, ILogger<MetadataStoreOutageHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if ((Unreachability.ReasonFor(exception) ?? Locked(exception)) is not { } reason)
        {
            return false;
        }
        Log.MetadataStoreUnreachable(logger, httpContext.Request.Method, httpContext.Request.Path, reason);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Metadata store unavailable",
                Detail = $"The metadata store is unreachable ({reason}). Retry in a few seconds; health-check lists it until it is back.",
            },
            Exception = exception,
        });
    }

    private static string? Locked(Exception exception) =>
        SqlitePool.IsLocked(exception) ? "its file is locked by another process" : null;
}
