namespace Sluice.Core.Templates;

/// <summary>One problem found while parsing a template.</summary>
/// <param name="Line">1-based line in the template source; 0 when the problem is in the
/// options rather than the source (an allowed identifier, say).</param>
/// <param name="Column">1-based column in the template source; 0 with <paramref name="Line"/> 0.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Name">The variable the problem is about, for a variable the template reads but
/// nothing declares; null for other problems.</param>
public sealed record TemplateError(int Line, int Column, string Message, string? Name = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line > 0 ? $"line {Line}, column {Column}: {Message}" : Message;
}
