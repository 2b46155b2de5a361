using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sluice.Cli;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A real Sluice server started through <c>sluice serve</c> on a free loopback port,
/// with a clock the test can move.</summary>
public sealed class SluiceInstance : IAsyncDisposable
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "first-admin-password";

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private Task<int>? _run;

    private SluiceInstance(IReadOnlyDictionary<string, string> settings, FakeTimeProvider time)
    {
        Settings = settings;
        Time = time;
    }

    public IReadOnlyDictionary<string, string> Settings { get; }
    public FakeTimeProvider Time { get; }

    /// <summary>Every message the server logged, as an operator would read them.</summary>
    public LogCollector Logs { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string Output => _output.ToString() + _error.ToString();

    /// <summary>Settings for a local server on <paramref name="databaseUrl"/>; keys are fixed so
    /// tokens survive a restart of the same instance's settings.</summary>
    public static Dictionary<string, string> DefaultSettings(string databaseUrl, string? dataDir = null) => new()
    {
        ["ENVIRONMENT"] = "local",
        ["DATABASE_URL"] = databaseUrl,
        ["DATA_DIR"] = dataDir ?? Directory.CreateTempSubdirectory("sluice-data-").FullName,
        ["SECRET_KEY"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        ["ENCRYPTION_KEY"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        ["FIRST_SUPERUSER"] = AdminUser,
        ["FIRST_SUPERUSER_PASSWORD"] = AdminPassword,
        ["LOGIN_RATE_LIMIT_PER_MINUTE"] = "0",
        // Tests call from one address far faster than a person; flow tests set their own limits.
        ["FLOW_CONTROL_RATE_LIMIT_PER_MINUTE"] = "0",
        ["FLOW_CONTROL_MAX_CONCURRENT_PER_CLIENT"] = "0",
        ["GATEWAY_TOKEN_RATE_LIMIT_PER_MINUTE"] = "0",
        // Test datasources are files in the temporary folder.
        ["DATASOURCE_FILE_ROOTS"] = Path.GetTempPath(),
    };

    public static async Task<SluiceInstance> StartAsync(IReadOnlyDictionary<string, string> settings, params string[] extraArgs)
    {
        var instance = new SluiceInstance(settings, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await instance.StartAsync(extraArgs);
        return instance;
    }

    private async Task StartAsync(string[] extraArgs)
    {
        var started = new TaskCompletionSource<IReadOnlyCollection<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = new CliContext(_output, _error, Directory.GetCurrentDirectory(), Settings)
        {
            Stopping = _stop.Token,
            Started = started.SetResult,
            AdjustServe = options => options with
            {
                Urls = ["http://127.0.0.1:0"],
                ConfigureServices = services => services.AddSingleton<TimeProvider>(Time).AddSingleton<ILoggerProvider>(Logs),
            },
        };
        _run = Task.Run(() => SluiceCli.RunAsync(["serve", .. extraArgs], context));
        var first = await Task.WhenAny(started.Task, _run, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != started.Task)
        {
            throw new InvalidOperationException($"sluice serve did not start (exit {(_run.IsCompleted ? _run.Result : -1)}):\n{Output}");
        }
        BaseAddress = new Uri((await started.Task).First());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Adds a user straight into this server's metadata store (the users API belongs
    /// to a later feature); returns its username.</summary>
    public async Task<string> CreateUserAsync(string password = "user-password-1", bool isActive = true)
    {
        var username = "user_" + Guid.NewGuid().ToString("N")[..10];
        var config = Core.Storage.DatabaseUrl.TryParse(Settings["DATABASE_URL"], Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await new Core.Users.UserStore(db, Time).CreateAsync(new Core.Users.NewUser(username, password, IsActive: isActive));
        return username;
    }

    /// <summary>Stops the server the way Ctrl+C would, and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return _run is null ? 0 : await _run;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http?.Dispose();
        _stop.Dispose();
    }
}
