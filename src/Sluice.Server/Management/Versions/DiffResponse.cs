namespace Sluice.Server.Management.Versions;

/// <summary>A unified diff between two versions (or a version and the draft); empty when they are equal.</summary>
internal sealed record DiffResponse(string Diff);
