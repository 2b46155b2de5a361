namespace Sluice.Server.Management.Apis;

/// <summary>Why a version is being made.</summary>
internal sealed record CommitRequest(string? CommitMessage);
