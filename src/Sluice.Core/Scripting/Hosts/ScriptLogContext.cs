namespace Sluice.Core.Scripting.Hosts;

/// <summary>Where a run's log lines come from, written beside each of them.</summary>
/// <param name="ApiId">The API's id.</param>
/// <param name="Path">The API's path.</param>
/// <param name="RequestId">The request's id, when the run serves one.</param>
public sealed record ScriptLogContext(long ApiId, string Path, string? RequestId);
