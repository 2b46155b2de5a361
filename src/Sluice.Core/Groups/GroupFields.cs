namespace Sluice.Core.Groups;

/// <summary>The writable fields of a group, validated; its APIs replace the stored ones.</summary>
public sealed record GroupFields(string Name, string? Description, bool IsActive, IReadOnlyList<long> ApiIds);
