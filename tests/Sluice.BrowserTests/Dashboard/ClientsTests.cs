using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Clients page against the demo server: the once-only secret on create and on
/// rotation, grants through the editor, the server's validation next to a field, deletion and
/// what a read-only user sees.</summary>
public sealed class ClientsTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    private static readonly Regex SomeSecret = new(@"^\S{16,}$");

    [Fact]
    public Task Create_NewClient_ShowsSecretOnceAndNowhereAfterwards() => RunAsync(async page =>
    {
        var name = GrantRecords.UniqueName("mobile");
        var clients = await OpenAsync(page);
        await clients.NewButton.ClickAsync();
        await clients.Field("Name").FillAsync(name);
        await clients.SaveButton.ClickAsync();

        var title = $"Client {name} created";
        var shown = clients.SecretDialog(title);
        await Expect(clients.SecretField(title)).ToHaveValueAsync(SomeSecret);
        await Expect(shown.GetByText("It will not be shown again", new LocatorGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        var secret = await clients.SecretField(title).InputValueAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await shown.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Copy secret", Exact = true }).ClickAsync();
        await Expect(shown.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await clients.StoredButton(title).ClickAsync();
        await Expect(shown).Not.ToBeAttachedAsync();

        await Expect(clients.Row(name)).ToBeVisibleAsync();
        Assert.False(await clients.ShowsOrStoresAsync(secret));
        await clients.Button($"Edit {name}").ClickAsync();
        await Expect(clients.Field("Client ID")).Not.ToHaveValueAsync("");
        Assert.False(await clients.ShowsOrStoresAsync(secret));
    });

    [Fact]
    public Task RotateSecret_AfterConfirmation_ShowsNewSecretOnceAndOldOneStopsWorking() => RunAsync(async page =>
    {
        var name = GrantRecords.UniqueName("rotated");
        var created = await new AdminApi(Fixture.Server).CreateClientAsync(name);
        var clientId = created.GetProperty("client_id").GetString()!;
        var oldSecret = created.GetProperty("client_secret").GetString()!;
        var clients = await OpenAsync(page);

        await clients.Button($"Rotate secret {name}").ClickAsync();
        var confirmation = clients.Confirmation($"Rotate the secret of {name}?");
        await Expect(confirmation.GetByText("stop working", new LocatorGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Rotate secret", Exact = true }).ClickAsync();

        var title = $"New secret for {name}";
        var shown = clients.SecretDialog(title);
        await Expect(clients.SecretField(title)).ToHaveValueAsync(SomeSecret);
        await Expect(clients.SecretField(title)).Not.ToHaveValueAsync(oldSecret);
        var newSecret = await clients.SecretField(title).InputValueAsync();
        await clients.StoredButton(title).ClickAsync();
        await Expect(shown).Not.ToBeAttachedAsync();
        await Expect(confirmation).Not.ToBeAttachedAsync();
        Assert.False(await clients.ShowsOrStoresAsync(newSecret));

        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(clientId, newSecret));
        Assert.NotEqual(HttpStatusCode.OK, await TokenStatusAsync(clientId, oldSecret));
    });

    [Fact]
    public Task Edit_GrantPrivateApi_ListCountsIt() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiName = await admin.CreatePrivateApiAsync("granted");
        var name = GrantRecords.UniqueName("partner");
        await admin.CreateClientAsync(name);
        var clients = await OpenAsync(page);
        await Expect(clients.ApisCount(name)).ToHaveTextAsync("0");

        await clients.Button($"Edit {name}").ClickAsync();
        await clients.Search("APIs").FillAsync(apiName);
        await Expect(clients.Editor.GetByText($"GET /api/{apiName}", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await clients.Choice("APIs", apiName).CheckAsync();
        await clients.SaveButton.ClickAsync();

        await Expect(clients.Editor).Not.ToBeAttachedAsync();
        await Expect(clients.ApisCount(name)).ToHaveTextAsync("1");
        await clients.Button($"Edit {name}").ClickAsync();
        await Expect(clients.Choice("APIs", apiName)).ToBeCheckedAsync();
    });

    [Fact]
    public Task Deactivate_ThenActivate_ListShowsEachState() => RunAsync(async page =>
    {
        var name = GrantRecords.UniqueName("paused");
        await new AdminApi(Fixture.Server).CreateClientAsync(name);
        var clients = await OpenAsync(page);
        await Expect(clients.ActiveCell(name)).ToHaveTextAsync("yes");

        await clients.Button($"Deactivate {name}").ClickAsync();
        await Expect(clients.ActiveCell(name)).ToHaveTextAsync("no");
        await clients.Button($"Activate {name}").ClickAsync();
        await Expect(clients.ActiveCell(name)).ToHaveTextAsync("yes");
        await Expect(clients.Button($"Deactivate {name}")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Create_TokenLifetimeTooShort_ShowsServersMessageNextToIt() => RunAsync(async page =>
    {
        var clients = await OpenAsync(page);
        await clients.NewButton.ClickAsync();
        await clients.Field("Name").FillAsync(GrantRecords.UniqueName("short"));
        await clients.Field("Token lifetime (seconds)").FillAsync("5");
        await clients.SaveButton.ClickAsync();

        await Expect(clients.Field("Token lifetime (seconds)")).ToHaveAccessibleDescriptionAsync(new Regex("Token lifetime \\(seconds\\) must be from 60 to 86400\\.$"));
        await Expect(clients.Editor.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "New client", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Delete_AfterConfirmation_RemovesClientFromList() => RunAsync(async page =>
    {
        var name = GrantRecords.UniqueName("doomed");
        var kept = GrantRecords.UniqueName("kept");
        var admin = new AdminApi(Fixture.Server);
        await admin.CreateClientAsync(name);
        await admin.CreateClientAsync(kept);
        var clients = await OpenAsync(page);

        await clients.Button($"Delete {name}").ClickAsync();
        var confirmation = clients.Confirmation($"Delete client {name}?");
        await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(confirmation).Not.ToBeAttachedAsync();
        await Expect(clients.Row(name)).Not.ToBeAttachedAsync();
        await Expect(clients.Row(kept)).ToBeVisibleAsync();
    });

    [Fact]
    public Task List_ReadOnlyUser_ShowsNoCreateEditRotateOrDeleteControls() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var name = GrantRecords.UniqueName("visible");
        await admin.CreateClientAsync(name);
        var username = await admin.CreateUserAsync("clientreader", ("client", "read"));
        await SignInAndFollowAsync(page, "Clients", username, AdminApi.UserPassword);
        var clients = new ClientsPage(page);

        await Expect(clients.Row(name)).ToBeVisibleAsync();
        await Expect(clients.NewButton).Not.ToBeAttachedAsync();
        foreach (var control in new[] { $"Edit {name}", $"Rotate secret {name}", $"Deactivate {name}", $"Delete {name}" })
        {
            await Expect(clients.Button(control)).Not.ToBeAttachedAsync();
        }
    });

    private async Task<HttpStatusCode> TokenStatusAsync(string clientId, string secret)
    {
        using var response = await Fixture.Server.Http.PostAsJsonAsync("/api/token/generate",
            new { client_id = clientId, client_secret = secret, grant_type = "client_credentials" });
        return response.StatusCode;
    }

    /// <summary>Signs in as the first superuser and follows the Main navigation to Clients.</summary>
    private static async Task<ClientsPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Clients");
        var clients = new ClientsPage(page);
        await Expect(clients.Heading).ToBeVisibleAsync();
        return clients;
    }
}
