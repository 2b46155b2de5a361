namespace Sluice.Server.Management.Apis;

/// <summary>Why a version is being made; <c>force</c> commits even when the SQL check finds problems.</summary>
internal sealed record CommitRequest(string? CommitMessage, bool? Force = null);
