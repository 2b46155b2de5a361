using Sluice.Core.Connectors;
using Sluice.Core.Datasources;

namespace Sluice.Server.Gateway;

/// <summary>A datasource as the gateway uses it: its record and its live pool.</summary>
internal sealed record DatasourceModel(DatasourceRecord Record, DatasourcePool Pool)
{
    public string Name => Record.Name;
    public bool IsActive => Record.IsActive;
}
