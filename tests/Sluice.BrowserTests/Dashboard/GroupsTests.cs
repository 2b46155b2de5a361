using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using Sluice.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>The Groups page against the demo server: a group made with an API and granted to a
/// client, deletion, and what a read-only user sees.</summary>
public sealed class GroupsTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Create_GroupWithApi_GrantedToClientThroughItsEditor() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var apiName = await admin.CreatePrivateApiAsync("grouped");
        var client = GrantRecords.UniqueName("member");
        await admin.CreateClientAsync(client);
        var group = GrantRecords.UniqueName("partners");

        var groups = await OpenAsync(page);
        await groups.NewButton.ClickAsync();
        await groups.Field("Name").FillAsync(group);
        await groups.Field("Description").FillAsync("Partner APIs");
        await groups.SearchApis.FillAsync(apiName);
        await groups.ApiChoice(apiName).CheckAsync();
        await groups.SaveButton.ClickAsync();
        await Expect(groups.Editor).Not.ToBeAttachedAsync();
        await Expect(groups.ApisCount(group)).ToHaveTextAsync("1");
        await Expect(groups.ClientsCount(group)).ToHaveTextAsync("0");

        await new AppShell(page).NavigationLink("Clients").ClickAsync();
        var clients = new ClientsPage(page);
        await clients.Button($"Edit {client}").ClickAsync();
        await clients.Search("Groups").FillAsync(group);
        await clients.Choice("Groups", group).CheckAsync();
        await clients.SaveButton.ClickAsync();
        await Expect(clients.Editor).Not.ToBeAttachedAsync();
        await Expect(clients.GroupsCount(client)).ToHaveTextAsync("1");

        await new AppShell(page).NavigationLink("Groups").ClickAsync();
        await Expect(groups.ClientsCount(group)).ToHaveTextAsync("1");
    });

    [Fact]
    public Task Delete_AfterConfirmation_RemovesGroupFromList() => RunAsync(async page =>
    {
        var name = GrantRecords.UniqueName("doomed");
        await new AdminApi(Fixture.Server).PostAsync("/api/v1/groups", new { name });
        var groups = await OpenAsync(page);

        await groups.Button($"Delete {name}").ClickAsync();
        var confirmation = groups.Confirmation($"Delete group {name}?");
        await confirmation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(confirmation).Not.ToBeAttachedAsync();
        await Expect(groups.Row(name)).Not.ToBeAttachedAsync();
        await Expect(groups.Heading).ToBeVisibleAsync();
    });

    [Fact]
    public Task List_ReadOnlyUser_ShowsNoCreateEditOrDeleteControls() => RunAsync(async page =>
    {
        var admin = new AdminApi(Fixture.Server);
        var name = GrantRecords.UniqueName("visible");
        await admin.PostAsync("/api/v1/groups", new { name });
        var username = await admin.CreateUserAsync("groupreader", ("group", "read"));
        await SignInAndFollowAsync(page, "Groups", username, AdminApi.UserPassword);
        var groups = new GroupsPage(page);

        await Expect(groups.Row(name)).ToBeVisibleAsync();
        await Expect(groups.NewButton).Not.ToBeAttachedAsync();
        await Expect(groups.Button($"Edit {name}")).Not.ToBeAttachedAsync();
        await Expect(groups.Button($"Delete {name}")).Not.ToBeAttachedAsync();
    });

    /// <summary>Signs in as the first superuser and follows the Main navigation to Groups.</summary>
    private static async Task<GroupsPage> OpenAsync(IPage page)
    {
        await SignInAndFollowAsync(page, "Groups");
        var groups = new GroupsPage(page);
        await Expect(groups.Heading).ToBeVisibleAsync();
        return groups;
    }
}
