namespace Sluice.Core.Modules;

/// <summary>The writable fields of a module, validated.</summary>
public sealed record ModuleFields(string Name, string? Description, int SortOrder, bool IsActive);
