namespace Sluice.Core.Templates;

/// <summary>One token of rendered SQL: a kind and a range of the text.</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>Whitespace and comments: tokens that do not make a statement or clause non-blank.</summary>
    public bool IsTrivia => Kind is SqlTokenKind.Whitespace or SqlTokenKind.LineComment or SqlTokenKind.BlockComment;
}
