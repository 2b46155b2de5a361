namespace Sluice.Core.Scripting;

/// <summary>A parsed result transform, or why it was refused.</summary>
/// <param name="Transform">The transform, ready to run many times; null when
/// <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every reason it was refused; positions are relative to the text the
/// author wrote.</param>
public sealed record ResultTransformParseResult(ResultTransform? Transform, IReadOnlyList<ScriptSyntaxError> Errors)
{
    /// <summary>True when the transform can run.</summary>
    public bool IsValid => Transform is not null;
}
