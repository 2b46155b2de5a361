using System.Text.Json;
using Microsoft.Extensions.Logging;
using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Modules;
using Sluice.Core.Settings;
using Sluice.Core.Storage;

using Sluice.Server.Hosting;

namespace Sluice.Server.Demo;

/// <summary>What <c>sluice serve --demo</c> adds, once: a SQLite datasource with a small shop,
/// a "Demo" module, and three published public APIs.</summary>
internal sealed class DemoSeed(SluiceSettings settings, DatasourceStore datasources, ModuleStore modules, ApiStore apis, Management.Apis.ApiSqlCheck check,
    ILogger<DemoSeed> logger)
{
    public const string DatasourceName = "demo-shop";

    public async Task EnsureAsync(long? userId, CancellationToken cancellationToken)
    {
        var existing = await datasources.ListAsync(DatasourceName, null, null, null, new PageRequest(1, 10), cancellationToken);
        if (existing.Items.Any(d => d.Name == DatasourceName))
        {
            return;
        }
        var file = Path.Combine(settings.DataDirectory, "demo-shop.db");
        if (!File.Exists(file))
        {
            DemoDatabase.Create(file);
        }
        var datasource = await datasources.CreateAsync(new DatasourceFields(DatasourceName, ProductType.Sqlite, null, null, file, null, null, null,
            "A small shop (products, customers, orders) for trying Sluice.", true), cancellationToken)
            ?? throw new InvalidOperationException("The demo datasource could not be created.");
        var module = await modules.CreateAsync(new ModuleFields("Demo", "APIs over the demo shop.", 0, true), cancellationToken)
            ?? (await modules.ListAsync("Demo", null, null, new PageRequest(1, 10), cancellationToken)).Items.First(m => m.Name == "Demo");
        foreach (var demo in DemoApis.All)
        {
            var fields = new ApiFields(module.Id, demo.Name, demo.Path, "GET", "sql", datasource.Id, "public", null, null, demo.Pagination,
                JsonSerializer.Serialize(demo.Identifiers), demo.Sql, demo.Params, null, demo.Description, "[]");
            var api = await apis.CreateAsync(fields, userId, cancellationToken);
            if (api is null)
            {
                continue;
            }
            // Committed as an author's would be: the database's check stores the rows' columns, which
            // /api/openapi.json then describes.
            var checkedSql = await check.GateAsync(api, null, force: true, "commit", cancellationToken);
            var version = await apis.CommitAsync(api, "Demo API", userId, checkedSql.ResultColumns, cancellationToken);
            await apis.PublishAsync(api.Id, version.Id, cancellationToken);
        }
        Log.DemoCreated(logger, file);
    }
}
