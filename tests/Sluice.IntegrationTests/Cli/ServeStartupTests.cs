using System.Net;
using System.Net.Sockets;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Cli;

/// <summary>What <c>sluice serve</c> says when it cannot or must not start.</summary>
public sealed class ServeStartupTests
{
    [Fact]
    public async Task Serve_ProductionWithPlaceholderSecrets_RefusesNamingEachSetting()
    {
        var settings = new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = "production",
            ["SECRET_KEY"] = "changethis",
            ["ENCRYPTION_KEY"] = "changethis",
            ["FIRST_SUPERUSER_PASSWORD"] = "changethis",
        };
        var result = await CliRun.RunAsync(settings, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, result.ExitCode);
        foreach (var name in new[] { "SECRET_KEY", "ENCRYPTION_KEY", "FIRST_SUPERUSER_PASSWORD" })
        {
            Assert.Contains($"{name}: is still 'changethis'", result.Error, StringComparison.Ordinal);
        }
        Assert.Contains("openssl rand -hex 32", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_SaysSoAndExits()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var store = new SqliteTestStore();

        var result = await CliRun.RunAsync(SluiceInstance.DefaultSettings(store.DatabaseUrl), "serve", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already in use", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnreachablePostgres_SaysWhichStoreAndExits()
    {
        var result = await CliRun.RunAsync(SluiceInstance.DefaultSettings("postgresql://sluice:secret@127.0.0.1:1/sluice"), "serve");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot use the metadata store (postgres sluice@127.0.0.1:1/sluice)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnknownOption_NamesItAndPointsToHelp()
    {
        var result = await CliRun.RunAsync(new Dictionary<string, string>(), "serve", "--port", "80");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--port'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'sluice serve --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_LocalWithoutSecretKey_GeneratesOneThatSurvivesRestart()
    {
        await using var store = new SqliteTestStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        settings.Remove("SECRET_KEY");
        Tokens tokens;
        await using (var first = await SluiceInstance.StartAsync(settings))
        {
            tokens = await first.Http.LoginOkAsync();
        }
        Assert.True(File.Exists(Path.Combine(settings["DATA_DIR"], "secret_key")));

        await using var second = await SluiceInstance.StartAsync(settings);
        using var me = await second.Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}
