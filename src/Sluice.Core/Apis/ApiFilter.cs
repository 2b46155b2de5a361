namespace Sluice.Core.Apis;

/// <summary>Filters of the API list; null means "any".</summary>
public sealed record ApiFilter(long? ModuleId, long? DatasourceId, string? NameContains, string? PathContains, string? HttpMethod, bool? IsPublished);
