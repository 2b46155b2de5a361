using Sluice.Core.Connectors;
using Sluice.Core.Datasources;

namespace Sluice.Server.Gateway;

/// <summary>A datasource as the gateway uses it: its record, its live pool, and this node's
/// view of its health (shared across snapshots).</summary>
internal sealed record DatasourceModel(DatasourceRecord Record, DatasourcePool Pool, DatasourceHealthState Health)
{
    public string Name => Record.Name;
    public bool IsActive => Record.IsActive;
}
