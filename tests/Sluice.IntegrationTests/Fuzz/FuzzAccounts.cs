using Sluice.Core.Storage;
using Sluice.Core.Users;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Users written straight into a server's metadata store, so the fuzzer (which may
/// deactivate, demote or re-password any user, the first admin included) can always get a
/// working account.</summary>
internal static class FuzzAccounts
{
    public const string Password = "fuzz-password-1";

    public static async Task<string> CreateAsync(SluiceInstance server, bool superuser)
    {
        var username = "fuzz_" + Guid.NewGuid().ToString("N")[..10];
        var config = DatabaseUrl.TryParse(server.Settings["DATABASE_URL"], Directory.GetCurrentDirectory(), out _)!;
        await using var db = new MetadataDb(config);
        await new UserStore(db, server.Time).CreateAsync(new NewUser(username, Password, IsSuperuser: superuser));
        return username;
    }

    /// <summary>A token for a fresh user holding the seeded Developer role (may write APIs, not
    /// users, roles or datasources), given by a fresh superuser.</summary>
    public static async Task<string> DeveloperTokenAsync(SluiceInstance server)
    {
        var admin = await SuperuserTokenAsync(server);
        using var roles = await server.Http.GetAsync("/api/v1/roles?name=Developer", admin);
        var roleId = (long)(await roles.ReadJsonAsync())["data"]![0]!["id"]!;
        var username = "fuzz_dev_" + Guid.NewGuid().ToString("N")[..10];
        using var created = await server.Http.PostJsonAsync("/api/v1/users", new { username, password = Password, role_ids = new[] { roleId } }, admin);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await server.Http.LoginOkAsync(username, Password)).AccessToken;
    }

    /// <summary>A token for a fresh superuser.</summary>
    public static async Task<string> SuperuserTokenAsync(SluiceInstance server) =>
        (await server.Http.LoginOkAsync(await CreateAsync(server, superuser: true), Password)).AccessToken;
}
