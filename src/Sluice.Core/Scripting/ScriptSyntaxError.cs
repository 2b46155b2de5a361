namespace Sluice.Core.Scripting;

/// <summary>One reason a script is refused before it runs.</summary>
/// <param name="Line">1-based line in the script; 0 when the problem is not at one place
/// (a missing <c>execute</c> function, say).</param>
/// <param name="Column">1-based column in the script; 0 with <paramref name="Line"/> 0.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ScriptSyntaxError(int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line > 0 ? $"line {Line}, column {Column}: {Message}" : Message;
}
