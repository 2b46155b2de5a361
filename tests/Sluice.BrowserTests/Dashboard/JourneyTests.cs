using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Sluice.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sluice.BrowserTests.Dashboard;

/// <summary>A new operator's first hour, in one browser session and through the pages only:
/// connect a database, write an API with autocomplete, debug it, commit, publish, call it, change
/// it, compare the versions and roll back, issue a client, and verify the audit chain.</summary>
public sealed class JourneyTests(DashboardFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task FirstApi_FromDatasourceToRollBack_WorksThroughTheDashboard() => RunAsync(async page =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var datasource = $"library-{suffix}";
        var file = Path.Combine(Path.GetTempPath(), $"{datasource}.db");
        await CreateLibraryAsync(file);
        try
        {
            // Connect the database: the create answer's connection test shows success.
            await SignInAndFollowAsync(page, "Datasources");
            var datasources = new DatasourcesPage(page);
            await datasources.NewButton.ClickAsync();
            await datasources.Name.FillAsync(datasource);
            await datasources.ProductType.SelectOptionAsync(new SelectOptionValue { Label = "SQLite" });
            await datasources.DatabaseFile.FillAsync(file);
            await datasources.SaveButton.ClickAsync();
            await Expect(datasources.ConnectionSucceeded).ToBeVisibleAsync();
            await datasources.CloseButton.ClickAsync();

            // Write the API: the editor completes the new database's table.
            await new AppShell(page).NavigationLink("APIs").ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "New API", Exact = true }).ClickAsync();
            var editor = new ApiEditorPage(page);
            await editor.FillSettingsAsync($"Books {suffix}", $"books-{suffix}", $"{datasource} (SQLite)");
            await editor.Field("Access").SelectOptionAsync(new SelectOptionValue { Label = "Public" });
            await editor.SqlEditor.ClickAsync();
            await editor.SqlEditor.PressSequentiallyAsync("SELECT id, title FROM boo");
            await CodeEditorLocators.ExpectCompletionAsync(editor.SqlEditor, editor.CompletionOption("books"));
            await editor.SetSqlAsync("SELECT id, title FROM books ORDER BY id");
            await editor.SaveButton.ClickAsync();
            await Expect(editor.State).ToHaveTextAsync("Draft");

            // Debug it: the rows and the statement as sent.
            var debug = new ApiDebugPanel(page);
            await editor.Tab("Debug").ClickAsync();
            await debug.RunButton.ClickAsync();
            await Expect(debug.ResultCell("Middlemarch")).ToBeVisibleAsync();

            // Commit and publish version 1.
            var versions = new ApiVersionsTab(page);
            await versions.Tab.ClickAsync();
            await versions.CommitAsync("Every book");
            await versions.PublishButton(1).ClickAsync();
            await Expect(versions.State).ToHaveTextAsync("Published v1");

            // Call it through the real gateway.
            var callIt = new ApiCallItTab(page);
            await callIt.Tab.ClickAsync();
            await Expect(callIt.Snippet("curl")).ToContainTextAsync($"/api/books-{suffix}");
            await callIt.SendButton.ClickAsync();
            await Expect(callIt.Status).ToContainTextAsync("200");
            await Expect(callIt.ResponseBody).ToContainTextAsync("Middlemarch");

            // Change it, commit version 2, compare the two, and roll back to version 1.
            await editor.SetSqlAsync("SELECT id, title, year FROM books ORDER BY year");
            await editor.SaveButton.ClickAsync();
            await Expect(editor.UnsavedChanges).Not.ToBeAttachedAsync();
            await versions.Tab.ClickAsync();
            await versions.CommitAsync("With the year");
            await versions.PublishButton(2).ClickAsync();
            await Expect(versions.State).ToHaveTextAsync("Published v2");
            await versions.CompareFrom.SelectOptionAsync(new SelectOptionValue { Label = "Version 1" });
            await versions.CompareWith.SelectOptionAsync(new SelectOptionValue { Label = "Version 2" });
            await versions.CompareButton.ClickAsync();
            await Expect(versions.Side("Template of version 1")).ToContainTextAsync("ORDER BY id");
            await Expect(versions.Side("Template of version 2")).ToContainTextAsync("ORDER BY year");
            await versions.CompareDialog("Compare version 1 with version 2")
                .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close", Exact = true }).ClickAsync();
            await versions.RollBackButton(1).ClickAsync();
            await versions.Confirmation("Roll back from version 2 to version 1?")
                .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Roll back", Exact = true }).ClickAsync();
            await Expect(versions.State).ToHaveTextAsync("Published v1");

            // Issue a client: its secret is shown once.
            await new AppShell(page).NavigationLink("Clients").ClickAsync();
            var clients = new ClientsPage(page);
            await clients.NewButton.ClickAsync();
            await clients.Field("Name").FillAsync($"reader-{suffix}");
            await clients.SaveButton.ClickAsync();
            var title = $"Client reader-{suffix} created";
            await Expect(clients.SecretField(title)).ToHaveValueAsync(new Regex(@"^\S{16,}$"));
            await clients.StoredButton(title).ClickAsync();
            await Expect(clients.SecretDialog(title)).Not.ToBeAttachedAsync();

            // Everything above is in the audit trail, and its chain holds.
            await new AppShell(page).NavigationLink("Audit").ClickAsync();
            var audit = new AuditPage(page);
            await audit.VerifyChainButton.ClickAsync();
            await Expect(audit.VerifyResult).ToContainTextAsync("The audit chain is valid");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    });

    /// <summary>A small SQLite database of books, under the server's DATASOURCE_FILE_ROOTS.</summary>
    private static async Task CreateLibraryAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, year INTEGER NOT NULL);
            INSERT INTO books (title, year) VALUES ('Middlemarch', 1871), ('Bleak House', 1853), ('Persuasion', 1817);
            """;
        await command.ExecuteNonQueryAsync();
    }
}
