namespace Sluice.Core.Templates;

/// <summary>The kinds of token <see cref="SqlLexer"/> tells apart: just enough to split
/// statements and trim clauses without touching literals or comments.</summary>
internal enum SqlTokenKind
{
    Whitespace,
    /// <summary><c>-- ...</c> (and <c># ...</c> on MySQL) up to, not including, the newline.</summary>
    LineComment,
    /// <summary><c>/* ... */</c>, nested on PostgreSQL and DuckDB.</summary>
    BlockComment,
    /// <summary>A string literal, quoted identifier or dollar-quoted body.</summary>
    Quoted,
    /// <summary>A run of letters, digits, <c>_</c> and <c>$</c>: a keyword, name or number.</summary>
    Word,
    /// <summary>A parameter marker (see <see cref="ParameterMarkers"/>).</summary>
    Marker,
    Semicolon,
    /// <summary>Any other single character.</summary>
    Other,
}
