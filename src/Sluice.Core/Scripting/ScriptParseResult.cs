namespace Sluice.Core.Scripting;

/// <summary>A parsed script, or why it was refused.</summary>
/// <param name="Program">The program, ready to run many times; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every reason the script was refused.</param>
public sealed record ScriptParseResult(ScriptProgram? Program, IReadOnlyList<ScriptSyntaxError> Errors)
{
    /// <summary>True when the script can run.</summary>
    public bool IsValid => Program is not null;
}
