using Microsoft.AspNetCore.Http;
using Sluice.Core.Settings;
using Sluice.Server.Management;

namespace Sluice.Server.Hosting;

/// <summary>Reads and checks every management request body (<see cref="RequestBody"/>) before
/// routing binds it, so a malformed, oversized or wrongly encoded body is a 4xx problem on
/// every route rather than an exception in whichever binder meets it first. Runs after
/// authorization: an anonymous caller cannot make the server buffer a body for a route it may
/// not use.</summary>
internal sealed class ManagementRequestBody(RequestDelegate next, SluiceSettings settings)
{
    private readonly BodyLimit _limit = BodyLimit.Management(settings);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(ManagementApi.Prefix, StringComparison.OrdinalIgnoreCase) || !RequestBody.IsPresent(request))
        {
            await next(context);
            return;
        }
        var (bytes, problem) = await RequestBody.ReadAsync(request, _limit);
        if (problem is not null)
        {
            await Problems.Write(context, problem.Status, problem.Title, problem.Detail);
            return;
        }
        request.Body = new MemoryStream(bytes!, writable: false);
        await next(context);
    }
}
