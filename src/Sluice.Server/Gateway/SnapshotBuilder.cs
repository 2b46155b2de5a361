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
        var candidates = published.Where(entry => entry.Api.ModuleId is not { } moduleId || !inactiveModules.Contains(moduleId)).ToArray();
        // Compiling is CPU work (templates and scripts parsed): spread over the cores, in order.
        var compiled = new (ApiModel? Model, string? Problem)[candidates.Length];
        Parallel.For(0, candidates.Length, i => compiled[i] = Compile(candidates[i], pools, publishedMacros));
        var problems = new List<string>();
        var models = new List<ApiModel>();
        for (var i = 0; i < candidates.Length; i++)
        {
            if (compiled[i].Model is { } model)
            {
                models.Add(model);
            }
            else
            {
                var api = candidates[i].Api;
                problems.Add($"API {api.Id} ({api.HttpMethod} {api.Path}): {compiled[i].Problem}");
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

    private (ApiModel? Model, string? Problem) Compile(PublishedApi entry, Dictionary<long, DatasourceModel> pools, IReadOnlyList<PublishedMacro> macros)
    {
        var (api, version) = (entry.Api, entry.Version);
        DatasourceModel? datasource = null;
        return api.DatasourceId is { } datasourceId && !pools.TryGetValue(datasourceId, out datasource)
            ? (null, $"its datasource {datasourceId} does not exist.")
            : compiler.Compile(api, version, datasource, macros);
    }
}
