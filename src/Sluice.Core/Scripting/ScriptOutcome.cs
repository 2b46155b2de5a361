using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting;

/// <summary>How one script run ended, as a value: what the gateway maps to an answer.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Data">The returned value as JSON (null for JSON null or undefined); only on success.</param>
/// <param name="Status">The HTTP status a thrown <c>HttpError</c> asked for.</param>
/// <param name="Message">What went wrong, in plain words; null on success.</param>
/// <param name="Line">1-based line of a script error, or of where a limit or the timeout
/// stopped the run, when known; else 0.</param>
/// <param name="Column">1-based column with <paramref name="Line"/>, else 0.</param>
public sealed record ScriptOutcome(ScriptOutcomeKind Kind, JsonNode? Data = null, int Status = 0, string? Message = null, int Line = 0, int Column = 0)
{
    /// <summary>A run that returned <paramref name="data"/>.</summary>
    public static ScriptOutcome Success(JsonNode? data) => new(ScriptOutcomeKind.Success, data);

    /// <summary>True when the run returned a value.</summary>
    public bool IsSuccess => Kind == ScriptOutcomeKind.Success;
}
