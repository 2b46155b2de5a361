using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sluice.Core.Settings;
using Sluice.Server.Auth;
using Sluice.Server.Dashboard;
using Sluice.Server.Gateway;
using Sluice.Server.Management;
using Sluice.Server.Management.Apis;
using Sluice.Server.Management.Audit;
using Sluice.Server.Observability;
using Sluice.Server.Observability.AccessLogs;
using Sluice.Server.Observability.Health;

namespace Sluice.Server.Hosting;

/// <summary>Builds and starts the Sluice web server for validated settings.</summary>
public static class SluiceServer
{
    /// <summary>Creates the application: services, middleware and routes. Settings must have
    /// their keys (see <see cref="LocalKeys"/>).</summary>
    public static WebApplication Build(SluiceSettings settings, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = settings.IsLocal ? Environments.Development : Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.AddSluiceLogging(settings);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSluiceHosting(settings);
        builder.Services.AddSluiceStorage(settings);
        builder.Services.AddDashboardAuth(settings);
        builder.Services.AddSluiceHealth(settings);
        builder.Services.AddGateway(settings);
        builder.Services.AddAccessLogs(settings);
        builder.Services.AddAudit();
        builder.Services.AddApiAuthoring();
        builder.Services.AddManagementOpenApi();
        builder.Services.AddDashboard();
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Listening starts before the first instrument reports, so nothing is missed.
        _ = app.Services.GetRequiredService<Observability.Metrics.MetricsCollector>();
        app.UseSluiceHosting(settings);
        app.UseMiddleware<Gateway.GatewayShortcut>();
        app.UseDashboardFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ManagementRequestBody>();
        app.MapHealthApi();
        app.MapManagementApi(settings);
        app.MapGateway();
        app.MapDashboard();
        return app;
    }

    /// <summary>Brings the metadata store to a servable state: pending migrations (unless
    /// turned off) and the first superuser.</summary>
    public static async Task PrepareAsync(WebApplication app, ServeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var bootstrap = app.Services.GetRequiredService<MetadataBootstrap>();
        await bootstrap.RunAsync(options.ApplyMigrations, options.Demo, cancellationToken);
    }
}
