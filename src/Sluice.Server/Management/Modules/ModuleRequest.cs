namespace Sluice.Server.Management.Modules;

/// <summary>A module as a client writes it; on update, absent fields keep their value.</summary>
internal sealed record ModuleRequest(string? Name, string? Description, int? SortOrder, bool? IsActive);
