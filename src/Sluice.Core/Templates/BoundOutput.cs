namespace Sluice.Core.Templates;

/// <summary>What the bind function returns: text that may be written (markers, or trusted SQL
/// text). The render context writes these as they are and binds anything else.</summary>
internal sealed class BoundOutput(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
