using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Sluice.Server.Hosting;

/// <summary>Writes RFC 7807 problem responses through the registered ProblemDetails service,
/// so every management error has one shape (and carries the request id).</summary>
internal static class Problems
{
    public static async Task Write(HttpContext http, int status, string title, string detail, CancellationToken cancellationToken = default)
    {
        http.Response.StatusCode = status;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        _ = cancellationToken;
    }

    /// <summary>A 400 listing a message per invalid field.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid request",
            detail: string.Join(" ", errors.Select(error => $"{error.Key} {string.Join(" ", error.Value)}")));

    /// <summary>A problem with a status and a message.</summary>
    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
