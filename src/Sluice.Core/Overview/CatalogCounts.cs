namespace Sluice.Core.Overview;

/// <summary>How many of each thing the catalog holds.</summary>
/// <param name="Datasources">Datasources.</param>
/// <param name="Modules">Modules.</param>
/// <param name="Groups">Client groups.</param>
/// <param name="Apis">APIs.</param>
/// <param name="ApisPublished">APIs with a published version.</param>
/// <param name="Clients">Gateway clients.</param>
public sealed record CatalogCounts(long Datasources, long Modules, long Groups, long Apis, long ApisPublished, long Clients);
