using Sluice.Core.Apis;
using Sluice.Core.Datasources;
using Sluice.Core.Groups;
using Sluice.Core.Modules;

namespace Sluice.Server.Management;

/// <summary>Checks that the module and datasource a definition points at exist, so a wrong id
/// is a 400 naming the field instead of a foreign-key failure.</summary>
internal sealed class CatalogReferences(ModuleStore modules, DatasourceStore datasources, ApiStore apis, GroupStore groups)
{
    /// <summary>Adds an error naming every id in <paramref name="apiIds"/> and <paramref name="groupIds"/> that does not exist.</summary>
    public async Task CheckGrantsAsync(IReadOnlyList<long> apiIds, IReadOnlyList<long> groupIds, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (await apis.MissingAsync(apiIds, cancellationToken) is { Count: > 0 } missingApis)
        {
            errors.Add("api_ids", $"there are no APIs {string.Join(", ", missingApis)}.");
        }
        if (await groups.MissingAsync(groupIds, cancellationToken) is { Count: > 0 } missingGroups)
        {
            errors.Add("group_ids", $"there are no groups {string.Join(", ", missingGroups)}.");
        }
    }

    public async Task CheckAsync(long? moduleId, long? datasourceId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (moduleId is { } module && await modules.FindAsync(module, cancellationToken) is null)
        {
            errors.Add("module_id", $"there is no module {module}.");
        }
        if (datasourceId is { } datasource && await datasources.FindAsync(datasource, cancellationToken) is null)
        {
            errors.Add("datasource_id", $"there is no datasource {datasource}.");
        }
    }
}
