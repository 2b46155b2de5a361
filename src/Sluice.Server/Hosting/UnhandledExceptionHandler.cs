using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Sluice.Core.Settings;

namespace Sluice.Server.Hosting;

/// <summary>Turns any uncaught exception into a 500 problem. The exception is logged; its
/// details reach the response only with ENVIRONMENT=local. Malformed request bodies are the
/// caller's fault and answer 400.</summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems, SluiceSettings settings, ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException bad)
        {
            problem = BadRequestProblem.From(bad, httpContext);
        }
        else
        {
            Log.UnhandledException(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal server error",
                Detail = settings.IsLocal ? exception.ToString() : "An unexpected error occurred; quote the request_id when reporting it.",
            };
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

}
