using System.Text.Json;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Clients;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;
using Sluice.Core.Macros;
using Sluice.Core.Modules;
using Sluice.Core.Parameters;
using Sluice.Core.Settings;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>Compiles the stored definitions into a snapshot: route patterns, parameter binders,
/// parsed templates, and pools (reused when their datasource did not change).</summary>
internal sealed class SnapshotBuilder(ApiStore apis, DatasourceStore datasources, ModuleStore modules, MacroStore macros, ClientStore clients,
    SluiceSettings settings, DatasourceHealth health, ApiCompiler compiler, TimeProvider time)
{
    public async Task<GatewaySnapshot> BuildAsync(long revision, GatewaySnapshot previous, CancellationToken cancellationToken)
    {
        var records = await datasources.AllAsync(cancellationToken);
        var inactiveModules = (await modules.AllAsync(cancellationToken)).Where(m => !m.IsActive).Select(m => m.Id).ToHashSet();
        var published = await apis.PublishedAsync(cancellationToken);
        var publishedMacros = await macros.PublishedAsync(cancellationToken);
        var grants = (await clients.GrantsAsync(cancellationToken)).ToDictionary(grant => grant.Client.ClientId, StringComparer.Ordinal);

        var pools = new Dictionary<long, DatasourceModel>();
        foreach (var record in records)
        {
            // Name and active flag may change under a live pool; connection settings get a new one.
            pools[record.Id] = previous.Datasources.TryGetValue(record.Id, out var old) && old.Record.SameConnectionAs(record)
                ? new DatasourceModel(record, old.Pool, old.Health)
                : new DatasourceModel(record, DatasourcePool.Create(datasources.ToSpec(record), settings.Connectors), health.For(record.Id));
        }
        var problems = new List<string>();
        var models = new List<ApiModel>();
        foreach (var entry in published)
        {
            if (entry.Api.ModuleId is { } moduleId && inactiveModules.Contains(moduleId))
            {
                continue;
            }
            var model = Compile(entry, pools, MacroScope.For(publishedMacros, entry.Api.ModuleId), out var problem);
            if (model is null)
            {
                problems.Add($"API {entry.Api.Id} ({entry.Api.HttpMethod} {entry.Api.Path}): {problem}");
            }
            else
            {
                models.Add(model);
            }
        }
        return new GatewaySnapshot(revision, models, pools, grants, problems, time.GetUtcNow());
    }

    /// <summary>Disposes, once in-flight requests are done with them, the pools the new
    /// snapshot no longer uses.</summary>
    public void RetireUnused(GatewaySnapshot previous, GatewaySnapshot next)
    {
        var retired = previous.Datasources.Values.Where(old => !next.Datasources.Values.Any(model => ReferenceEquals(model.Pool, old.Pool))).ToList();
        if (retired.Count == 0)
        {
            return;
        }
        var grace = settings.Connectors.StatementTimeout + TimeSpan.FromSeconds(5);
        _ = Task.Run(async () =>
        {
            await Task.Delay(grace);
            foreach (var model in retired)
            {
                await model.Pool.DisposeAsync();
            }
        });
    }

    private ApiModel? Compile(PublishedApi entry, Dictionary<long, DatasourceModel> pools, IReadOnlyDictionary<string, string> macroSources, out string? problem)
    {
        var (api, version) = (entry.Api, entry.Version);
        DatasourceModel? datasource = null;
        if (api.DatasourceId is { } datasourceId && !pools.TryGetValue(datasourceId, out datasource))
        {
            problem = $"its datasource {datasourceId} does not exist.";
            return null;
        }
        (var model, problem) = compiler.Compile(api, version, datasource, macroSources);
        return model;
    }
}
