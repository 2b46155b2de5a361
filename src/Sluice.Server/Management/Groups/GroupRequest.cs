namespace Sluice.Server.Management.Groups;

/// <summary>A group as an operator writes it; on update, absent fields keep their value.</summary>
internal sealed record GroupRequest(string? Name, string? Description, bool? IsActive, long[]? ApiIds);
