using System.Diagnostics;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Management;

/// <summary>The dashboard's TypeScript types of the management API (web/src/api/schema.d.ts) are
/// what openapi-typescript makes of the document the server serves: regenerated with
/// <c>npm run api-types</c>, never edited by hand, so the dashboard compiles against the API
/// as it is.</summary>
public sealed class DashboardApiTypesTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    [Fact]
    public async Task SchemaTypes_MatchTheServedManagementDocument()
    {
        var web = FindWeb();
        var cli = Path.Combine(web, "node_modules", "openapi-typescript", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"openapi-typescript is not installed: run `npm ci` in {web} (the server's build does it).");
        var document = Path.Combine(Path.GetTempPath(), $"sluice-openapi-{Guid.NewGuid():N}.json");
        var generated = Path.ChangeExtension(document, ".d.ts");
        await File.WriteAllTextAsync(document, await fixture.Server.Http.GetStringAsync("/api/v1/openapi.json"));
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])[cli, document, "-o", generated])
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await Eventually.CompletesAsync(process.WaitForExitAsync(), "openapi-typescript");
            Assert.True(process.ExitCode == 0, $"openapi-typescript failed: {await output}{await error}");

            var committed = await File.ReadAllTextAsync(Path.Combine(web, "src", "api", "schema.d.ts"));
            Assert.True(committed == await File.ReadAllTextAsync(generated),
                "web/src/api/schema.d.ts differs from the served document's types: run `npm run api-types` in web/ against a running server.");
        }
        finally
        {
            File.Delete(document);
            File.Delete(generated);
        }
    }

    private static string FindWeb()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "web");
            if (File.Exists(Path.Combine(candidate, "package.json")) && Directory.Exists(Path.Combine(candidate, "src", "api")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("web/ was not found above the test assembly.");
    }
}
