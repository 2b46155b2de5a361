using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sluice.Core.AccessLogs;
using Sluice.Core.Settings;
using Sluice.Core.Storage;
using Sluice.Core.Storage.Migrations;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Observability.AccessLogs;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>A generic host running the access log services over one metadata store, with a
/// clock the test can move.</summary>
internal sealed class AccessLogHost : IAsyncDisposable
{
    private bool _stopped;

    private AccessLogHost(IHost host, MetadataDb db, FakeTimeProvider time, LogCollector logs)
    {
        Host = host;
        Db = db;
        Time = time;
        Logs = logs;
    }

    public IHost Host { get; }
    public MetadataDb Db { get; }
    public FakeTimeProvider Time { get; }
    public LogCollector Logs { get; }
    public IAccessLog AccessLog => Host.Services.GetRequiredService<IAccessLog>();
    public AccessLogWriter Writer => Host.Services.GetRequiredService<AccessLogWriter>();
    public AccessLogStore Store => Host.Services.GetRequiredService<AccessLogStore>();

    public static MetadataStoreConfig Config(TestStore store) =>
        DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;

    public static MetadataStoreConfig Migrated(TestStore store)
    {
        var config = Config(store);
        using var migrator = new MetadataMigrator(config);
        migrator.Up();
        return config;
    }

    public static async Task<AccessLogHost> StartAsync(MetadataStoreConfig config, int queueSize = 10_000, int retentionDays = 30,
        AccessLogBatching? batching = null, TimeSpan? shutdownTimeout = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var logs = new LogCollector();
        var db = new MetadataDb(config);
        var settings = new SluiceSettings
        {
            Environment = DeploymentEnvironment.Local,
            MetadataStore = config,
            DataDirectory = Path.GetTempPath(),
            FirstSuperuser = "admin",
            FirstSuperuserPassword = "unused-in-these-tests",
            AccessLogQueueSize = queueSize,
            AccessLogRetentionDays = retentionDays,
        };
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(settings).AddSingleton(db).AddSingleton<TimeProvider>(time);
        if (shutdownTimeout is { } timeout)
        {
            builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout);
        }
        if (batching is not null)
        {
            builder.Services.AddSingleton(batching);
        }
        builder.Services.AddAccessLogs(settings);
        var host = builder.Build();
        await host.StartAsync();
        return new AccessLogHost(host, db, time, logs);
    }

    /// <summary>A record of a request made <paramref name="age"/> before the clock's now.</summary>
    public AccessRecord Request(int number, TimeSpan age = default) => new()
    {
        CreatedAt = Time.GetUtcNow() - age,
        RequestId = $"req-{number:D6}",
        ApiId = number % 3 == 0 ? null : number % 7,
        ClientId = number % 2 == 0 ? null : $"client-{number % 5}",
        Ip = "203.0.113." + (number % 250),
        Method = "GET",
        Path = $"/api/items/{number}",
        Status = number % 3 == 0 ? 404 : 200,
        DurationMs = number / 8.0,
        UserAgent = "tests/1.0",
    };

    public async Task<long> CountAsync()
    {
        await using var connection = await Db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM access_logs");
    }

    public async Task<IReadOnlyList<StoredAccessRow>> RowsAsync()
    {
        await using var connection = await Db.OpenAsync();
        return (await connection.QueryAsync<StoredAccessRow>(
            "SELECT id, created_at, request_id, api_id, client_id, ip, method, path, status, duration_ms, request_body, user_agent FROM access_logs ORDER BY id")).AsList();
    }

    /// <summary>Stops the host the way a server shuts down, with its shutdown timeout.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await Host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
        await Db.DisposeAsync();
    }
}
