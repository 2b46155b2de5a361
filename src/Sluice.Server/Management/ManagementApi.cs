using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Settings;
using Sluice.Server.Auth;
using Sluice.Server.Hosting;
using Sluice.Server.Management.AccessLogs;
using Sluice.Server.Management.Apis;
using Sluice.Server.Management.Audit;
using Sluice.Server.Management.Clients;
using Sluice.Server.Management.Datasources;
using Sluice.Server.Management.Groups;
using Sluice.Server.Management.Login;
using Sluice.Server.Management.Macros;
using Sluice.Server.Management.Modules;
using Sluice.Server.Management.Overview;
using Sluice.Server.Management.Roles;
using Sluice.Server.Management.Users;

namespace Sluice.Server.Management;

/// <summary>The admin REST API under <c>/api/v1</c>. Every route needs a dashboard token
/// unless it opts out (login, health).</summary>
internal static class ManagementApi
{
    public const string Prefix = Gateway.RouteLayout.Management;

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder routes, SluiceSettings settings)
    {
        _ = settings;
        // Permissions first: a refused request never reaches the audit trail.
        var api = routes.MapGroup(Prefix).RequireAuthorization().RequireCors(HostingServices.CorsPolicy)
            .AddEndpointFilter<PermissionFilter>()
            .AddEndpointFilter<AuditRecorder>();
        api.MapLoginApi();
        api.MapUsersMeApi();
        api.MapDatasourcesApi();
        api.MapModulesApi();
        api.MapDebugApi();
        api.MapApisApi();
        api.MapApiVersionsApi();
        api.MapApiTestsApi();
        api.MapApiCheckApi();
        api.MapMacrosApi();
        api.MapMacroVersionsApi();
        api.MapClientsApi();
        api.MapClientTryTokenApi();
        api.MapGroupsApi();
        api.MapUsersApi();
        api.MapRolesApi();
        api.MapAuditApi();
        api.MapAccessLogsApi();
        api.MapOverviewApi();
        routes.MapOpenApi(Prefix + "/{documentName}.json").AllowAnonymous();
        return routes;
    }
}
