namespace Sluice.Core.Templates;

/// <summary>SQL text a filter produced from trusted parts (an allow-listed identifier, ASC or
/// DESC, a WHERE clause built from template text and markers). An output of this type is
/// written as text; every other output is bound. A filter applied to it yields a plain
/// string, which is bound again.</summary>
internal sealed class SqlText(string text)
{
    public static SqlText Empty { get; } = new("");

    public string Text { get; } = text;

    public override string ToString() => Text;
}
