using Microsoft.Extensions.DependencyInjection;

namespace Sluice.Server.Management;

/// <summary>The OpenAPI document of the management API, served at <c>/api/v1/openapi.json</c>.</summary>
internal static class ManagementOpenApi
{
    public const string DocumentName = "openapi";

    public static IServiceCollection AddManagementOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Sluice management API";
                document.Info.Version = "v1";
                document.Info.Description = "Administer datasources, APIs, clients and users. Authenticate with POST /api/v1/login/access-token and send Authorization: Bearer <access_token>.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<OpenApiBearerSecurity>();
            options.AddOperationTransformer<OpenApiBearerSecurity>();
            options.AddSchemaTransformer<OpenApiRequestSchemas>();
        });
        return services;
    }
}
