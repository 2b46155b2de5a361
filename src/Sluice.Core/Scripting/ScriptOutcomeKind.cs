namespace Sluice.Core.Scripting;

/// <summary>How a script run ended.</summary>
public enum ScriptOutcomeKind
{
    /// <summary><c>execute</c> returned (or its Promise resolved); the value is the data.</summary>
    Success,
    /// <summary>The script threw <c>HttpError(status, message)</c>.</summary>
    HttpError,
    /// <summary>The script threw anything else, or returned a value that is not JSON.</summary>
    ScriptError,
    /// <summary>The run took longer than <c>SCRIPT_EXEC_TIMEOUT</c>.</summary>
    Timeout,
    /// <summary>The run hit the memory, statement or recursion limit.</summary>
    LimitExceeded,
    /// <summary>The caller cancelled the run (the client went away).</summary>
    Cancelled,
}
