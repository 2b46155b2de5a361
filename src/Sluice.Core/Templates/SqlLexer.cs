namespace Sluice.Core.Templates;

/// <summary>Splits rendered SQL into <see cref="SqlToken"/>s, knowing each dialect's string
/// literals, quoted identifiers and comments: <c>'...'</c> with <c>''</c> (and backslash
/// escapes on MySQL, and in <c>E'...'</c> on PostgreSQL and DuckDB), <c>"..."</c>,
/// <c>`...`</c>, <c>[...]</c> on SQLite, <c>$tag$...$tag$</c> on PostgreSQL and DuckDB,
/// <c>--</c> and <c>/* */</c> comments (and <c>#</c> on MySQL). An unterminated literal or
/// comment runs to the end of the text.</summary>
internal struct SqlLexer(string text, SqlDialect dialect)
{
    private int _position;

    public bool Next(out SqlToken token)
    {
        var start = _position;
        if (start >= text.Length)
        {
            token = default;
            return false;
        }
        var (kind, end) = Scan(start);
        _position = end;
        token = new SqlToken(kind, start, end - start);
        return true;
    }

    private readonly (SqlTokenKind Kind, int End) Scan(int start)
    {
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        switch (c)
        {
            case ';':
                return (SqlTokenKind.Semicolon, start + 1);
            case ParameterMarkers.Start:
                var close = text.IndexOf(ParameterMarkers.End, start);
                return (SqlTokenKind.Marker, close < 0 ? text.Length : close + 1);
            case '\'':
                return (SqlTokenKind.Quoted, QuotedEnd(start, '\'', dialect == SqlDialect.MySql));
            case '"':
                return (SqlTokenKind.Quoted, QuotedEnd(start, '"', dialect == SqlDialect.MySql));
            case '`':
                return (SqlTokenKind.Quoted, QuotedEnd(start, '`', backslashEscapes: false));
            case '[' when dialect == SqlDialect.Sqlite:
                return (SqlTokenKind.Quoted, EndAfter(text.IndexOf(']', start + 1), 1));
            case '-' when next == '-' && IsLineCommentStart(start):
            case '#' when dialect == SqlDialect.MySql:
                return (SqlTokenKind.LineComment, EndAfter(text.IndexOf('\n', start), 0));
            case '/' when next == '*':
                return (SqlTokenKind.BlockComment, BlockCommentEnd(start));
            case '$' when dialect is SqlDialect.Postgres or SqlDialect.DuckDb && DollarTagLength(start) is > 0 and var tagLength:
                var closing = text.IndexOf(text.Substring(start, tagLength), start + tagLength, StringComparison.Ordinal);
                return (SqlTokenKind.Quoted, EndAfter(closing, tagLength));
        }
        if (char.IsWhiteSpace(c))
        {
            var end = start + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            return (SqlTokenKind.Whitespace, end);
        }
        if (IsWordChar(c))
        {
            if (c is 'E' or 'e' && next == '\'' && dialect is SqlDialect.Postgres or SqlDialect.DuckDb)
            {
                return (SqlTokenKind.Quoted, QuotedEnd(start + 1, '\'', backslashEscapes: true));
            }
            var end = start + 1;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }
            return (SqlTokenKind.Word, end);
        }
        return (SqlTokenKind.Other, start + 1);
    }

    /// <summary>Letters, digits, <c>_</c> and <c>$</c> (which PostgreSQL and MySQL allow inside names).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private readonly int EndAfter(int found, int length) => found < 0 ? text.Length : found + length;

    // MySQL needs whitespace after "--"; elsewhere "--" always starts a comment.
    private readonly bool IsLineCommentStart(int start) =>
        dialect != SqlDialect.MySql || start + 2 >= text.Length || char.IsWhiteSpace(text[start + 2]) || char.IsControl(text[start + 2]);

    private readonly int QuotedEnd(int open, char quote, bool backslashEscapes)
    {
        var i = open + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (backslashEscapes && c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.Length;
    }

    private readonly int BlockCommentEnd(int start)
    {
        var nests = dialect is SqlDialect.Postgres or SqlDialect.DuckDb;
        var depth = 0;
        var i = start;
        while (i + 1 < text.Length)
        {
            if (text[i] == '/' && text[i + 1] == '*' && (depth == 0 || nests))
            {
                depth++;
                i += 2;
            }
            else if (text[i] == '*' && text[i + 1] == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }
        return text.Length;
    }

    /// <summary>Length of a <c>$$</c> or <c>$tag$</c> opener at <paramref name="start"/>, or 0.</summary>
    private readonly int DollarTagLength(int start)
    {
        var i = start + 1;
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
        }
        return i < text.Length && text[i] == '$' ? i + 1 - start : 0;
    }
}
