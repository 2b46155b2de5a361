using Sluice.Core.Datasources;
using Sluice.Core.Modules;

namespace Sluice.Server.Management;

/// <summary>Checks that the module and datasource a definition points at exist, so a wrong id
/// is a 400 naming the field instead of a foreign-key failure.</summary>
internal sealed class CatalogReferences(ModuleStore modules, DatasourceStore datasources)
{
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
