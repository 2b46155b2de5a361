using Microsoft.Extensions.DependencyInjection;

namespace Sluice.Server.Management.Apis;

/// <summary>Registers what authoring APIs needs beyond the stores: the test runner and the publish
/// gates, in the order they run.</summary>
internal static class ApiAuthoringServices
{
    public static IServiceCollection AddApiAuthoring(this IServiceCollection services)
    {
        services.AddSingleton<ApiTestRunner>();
        services.AddSingleton<IApiPublishGate, TestCasesGate>();
        return services;
    }
}
