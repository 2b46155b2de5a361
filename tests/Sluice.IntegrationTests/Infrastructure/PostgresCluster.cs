using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>A private PostgreSQL server (initdb + pg_ctl) that a test may stop and start,
/// unlike the shared one every other test uses.</summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _folder;
    private readonly int _port = FreePort();

    private PostgresCluster(string folder) => _folder = folder;

    private const string Password = "cluster-pass";

    public string DatabaseUrl => $"postgresql://postgres:{Password}@127.0.0.1:{_port}/postgres";

    /// <summary>The body of POST /api/v1/datasources for this server's <c>postgres</c> database (without a name).</summary>
    public Dictionary<string, object?> DatasourceDefinition => new()
    {
        ["product_type"] = "postgres", ["host"] = "127.0.0.1", ["port"] = _port, ["database"] = "postgres",
        ["username"] = "postgres", ["password"] = Password,
    };

    public static async Task<PostgresCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("sluice-pgcluster-").FullName;
        var cluster = new PostgresCluster(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "pw"), Password + "\n");
        await RunAsync("chown", "-R", "postgres:postgres", folder);
        await AsPostgresAsync("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--pwfile", Path.Combine(folder, "pw"),
            "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-w", "-l", Path.Combine(_folder, "log"),
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server at once, as a crash or a kill would: sessions end mid-statement.</summary>
    public Task StopServerAsync() => AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-w", "-m", "immediate", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private static Task AsPostgresAsync(string tool, params string[] args) =>
        RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(TestServices.PostgresBin, tool), .. args]);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
