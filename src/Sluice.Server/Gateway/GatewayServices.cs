using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Modules;
using Sluice.Core.Security;
using Sluice.Core.Settings;
using Sluice.Server.Flow;
using Sluice.Server.Gateway.Access;

namespace Sluice.Server.Gateway;

/// <summary>Registers the gateway and maps <c>/api/{path}</c>.</summary>
internal static class GatewayServices
{
    public static IServiceCollection AddGateway(this IServiceCollection services, SluiceSettings settings)
    {
        services.AddSingleton(new SecretBox(settings.EncryptionKey ?? throw new InvalidOperationException("ENCRYPTION_KEY was not resolved.")));
        services.AddSingleton<DatasourceStore>();
        services.AddSingleton<ModuleStore>();
        services.AddSingleton<ApiStore>();
        services.AddSingleton<Core.Macros.MacroStore>();
        services.AddSingleton<Core.Clients.ClientStore>();
        services.AddSingleton<Core.Groups.GroupStore>();
        services.AddSingleton<DatasourceHealth>();
        services.AddHostedService<DatasourceHealthWriter>();
        services.AddSingleton<Execution.ExecutorServices>();
        services.AddSingleton<ApiCompiler>();
        services.AddSingleton<SnapshotBuilder>();
        services.AddSingleton<GatewaySnapshots>();
        services.AddSingleton<GatewayHandler>();
        services.AddSingleton<Access.GatewayTokens>();
        services.AddSingleton<Access.GatewayAccess>();
        services.AddSingleton<Access.FlowGate>();
        services.AddSingleton<Access.TokenRequestLimit>();
        services.AddFlowControl(settings);
        services.AddSingleton<GatewayFallback>();
        services.AddSingleton<GatewayEndpoints>();
        services.AddHostedService<GatewaySnapshotPoller>();
        services.AddSingleton<SnapshotAnnouncer>();
        services.AddHostedService<SnapshotSubscriber>();
        services.AddSingleton<Demo.DemoSeed>();
        services.AddSingleton<Management.CatalogReferences>();
        services.AddSingleton<Management.Datasources.SchemaCache>();
        services.AddSingleton<Management.Apis.ApiSqlCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder routes)
    {
        routes.DataSources.Add(routes.ServiceProvider.GetRequiredService<GatewayEndpoints>());
        routes.MapTokenApi();
        var snapshots = routes.ServiceProvider.GetRequiredService<GatewaySnapshots>();
        routes.MapGet(RouteLayout.ConsumerOpenApi, () => Microsoft.AspNetCore.Http.Results.Text(ConsumerOpenApi.Document(snapshots.Current), "application/json"))
            .ExcludeFromDescription();
        var fallback = routes.ServiceProvider.GetRequiredService<GatewayFallback>();
        routes.Map(RouteLayout.GatewayPrefix + "{**path}", fallback.HandleAsync).WithOrder(int.MaxValue).ExcludeFromDescription();
        return routes;
    }
}
