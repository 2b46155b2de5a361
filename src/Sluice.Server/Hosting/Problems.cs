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

    /// <summary>A 400 listing a message per invalid field, with any <paramref name="extensions"/>
    /// (such as <c>template_errors</c>) beside them.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors, Dictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(errors, title: "Invalid request",
            detail: string.Join(" ", errors.Select(error => $"{error.Key} {string.Join(" ", error.Value)}")), extensions: extensions);

    /// <summary>404 naming the missing resource.</summary>
    public static IResult NotFound(string resource, long id) =>
        Status(StatusCodes.Status404NotFound, "Not found", $"There is no {resource} {id}.");

    /// <summary>409 for a unique name already in use.</summary>
    public static IResult NameTaken(string resource, string name) =>
        Status(StatusCodes.Status409Conflict, "Name taken", $"Another {resource} is already named '{name}'.");

    /// <summary>A problem with a status and a message.</summary>
    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
