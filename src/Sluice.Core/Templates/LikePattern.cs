namespace Sluice.Core.Templates;

/// <summary>A LIKE pattern made by the <c>like</c> filters: bound as one value, followed by
/// the dialect's ESCAPE clause.</summary>
/// <param name="Pattern">The escaped pattern with its wildcards; null binds NULL.</param>
internal sealed record LikePattern(string? Pattern)
{
    public override string ToString() => Pattern ?? "";
}
