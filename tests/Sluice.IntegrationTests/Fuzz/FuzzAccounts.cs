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

    /// <summary>A token for a fresh superuser.</summary>
    public static async Task<string> SuperuserTokenAsync(SluiceInstance server) =>
        (await server.Http.LoginOkAsync(await CreateAsync(server, superuser: true), Password)).AccessToken;
}
