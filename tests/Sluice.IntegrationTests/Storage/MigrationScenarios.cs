using System.Net;
using Sluice.Core.Storage.Migrations;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Storage;

/// <summary><c>sluice migrate</c> on each metadata store.</summary>
public abstract class MigrationScenarios<TStore> where TStore : TestStore, new()
{
    [Fact]
    public async Task Migrate_UpStatusDownUp_RoundTrips()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);

        var fresh = await CliRun.RunAsync(settings, "migrate", "status");
        Assert.Equal(3, fresh.ExitCode);
        Assert.Contains("Current version: 0", fresh.Output, StringComparison.Ordinal);
        Assert.Contains("Not at head", fresh.Output, StringComparison.Ordinal);

        var up = await CliRun.RunAsync(settings, "migrate", "up");
        Assert.Equal(0, up.ExitCode);
        Assert.Contains("At head.", up.Output, StringComparison.Ordinal);

        var status = await CliRun.RunAsync(settings, "migrate", "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"Current version: {MigrationCatalog.Head}", status.Output, StringComparison.Ordinal);

        var down = await CliRun.RunAsync(settings, "migrate", "down", "--to", "0");
        Assert.Equal(0, down.ExitCode);
        Assert.Contains("Current version: 0", down.Output, StringComparison.Ordinal);

        var again = await CliRun.RunAsync(settings, "migrate", "up");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("At head.", again.Output, StringComparison.Ordinal);

        // The schema really works after the round trip: a server starts on it and logs in.
        await using var server = await SluiceInstance.StartAsync(settings, "--no-migrate");
        await server.Http.LoginOkAsync();
    }

    [Fact]
    public async Task MigrateDown_Steps_RevertsTheNewest()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        Assert.Equal(0, (await CliRun.RunAsync(settings, "migrate", "up")).ExitCode);

        var down = await CliRun.RunAsync(settings, "migrate", "down", "--steps", "1");
        Assert.Equal(0, down.ExitCode);
        Assert.Contains($"pending  {MigrationCatalog.Head,6}", down.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateDownStepsThenUp_ReturnsToHead()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        Assert.Equal(0, (await CliRun.RunAsync(settings, "migrate", "up")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(settings, "migrate", "down", "--steps", "1")).ExitCode);

        var up = await CliRun.RunAsync(settings, "migrate", "up");

        Assert.Equal(0, up.ExitCode);
        Assert.Contains($"Current version: {MigrationCatalog.Head}", up.Output, StringComparison.Ordinal);
        Assert.Contains("At head.", up.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateStamp_RecordsVersionWithoutRunning()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);

        var stamp = await CliRun.RunAsync(settings, "migrate", "stamp", MigrationCatalog.Head.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, stamp.ExitCode);
        Assert.Contains("At head.", stamp.Output, StringComparison.Ordinal);

        // Nothing ran: the tables a migration would create are missing.
        var config = Core.Storage.DatabaseUrl.TryParse(store.DatabaseUrl, Directory.GetCurrentDirectory(), out _)!;
        await using var db = new Core.Storage.MetadataDb(config);
        await using var connection = await db.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM users";
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_UnknownVersionOrVerb_ExplainsAndFails()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);

        var unknown = await CliRun.RunAsync(settings, "migrate", "down", "--to", "999999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no migration 999999", unknown.Error, StringComparison.Ordinal);

        var both = await CliRun.RunAsync(settings, "migrate", "down");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exactly one of --to", both.Error, StringComparison.Ordinal);

        var verb = await CliRun.RunAsync(settings, "migrate", "sideways");
        Assert.Equal(2, verb.ExitCode);
    }

    [Fact]
    public async Task Serve_Restarted_KeepsUsersAndSessions()
    {
        await using var store = new TStore();
        var settings = SluiceInstance.DefaultSettings(store.DatabaseUrl);
        Tokens tokens;
        await using (var first = await SluiceInstance.StartAsync(settings))
        {
            tokens = await first.Http.LoginOkAsync();
        }

        await using var second = await SluiceInstance.StartAsync(settings);
        using var me = await second.Http.GetAsync("/api/v1/users/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var refresh = await second.Http.PostJsonAsync("/api/v1/login/refresh", new { refresh_token = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }
}

public sealed class SqliteMigrations : MigrationScenarios<SqliteTestStore>;

public sealed class PostgresMigrations : MigrationScenarios<PostgresTestStore>;
