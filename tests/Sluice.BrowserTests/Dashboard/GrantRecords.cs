using System.Text.Json;
using Sluice.BrowserTests.Infrastructure;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>Records the Clients and Groups tests set up over the management API: private APIs on
/// the demo datasource to grant, and clients, each uniquely named.</summary>
internal static class GrantRecords
{
    /// <summary>A new private API over the demo shop; returns its name.</summary>
    public static async Task<string> CreatePrivateApiAsync(this AdminApi admin, string prefix)
    {
        var datasourceId = await admin.DemoDatasourceIdAsync();
        var name = UniqueName(prefix);
        await admin.PostAsync("/api/v1/apis", new
        {
            name,
            path = name,
            datasource_id = datasourceId,
            access_type = "private",
            content = "SELECT id, name FROM products",
        });
        return name;
    }

    /// <summary>A new client; returns the create answer (with its once-only secret).</summary>
    public static Task<JsonElement> CreateClientAsync(this AdminApi admin, string name) =>
        admin.PostAsync("/api/v1/clients", new { name });

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 11)];
}
