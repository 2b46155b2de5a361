using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sluice.Server.Hosting;

/// <summary>Writes a problem as <c>application/problem+json</c> when the framework's writer
/// declines because the request's Accept header names only other types (<c>text/csv</c>, say).
/// Without it, any error answered to such a request became an empty 500. Registered after the
/// framework's writer, so it only catches what that one refuses.</summary>
internal sealed class JsonProblemWriter : IProblemDetailsWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Extensions["request_id"] = context.HttpContext.TraceIdentifier;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), Options, "application/problem+json"));
    }
}
