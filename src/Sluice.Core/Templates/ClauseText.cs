namespace Sluice.Core.Templates;

/// <summary>What <c>{% where %}</c> and <c>{% set %}</c> blocks make of their rendered content:
/// the clause keyword and the content without a dangling connective at either end, or
/// nothing when no SQL remains. Works on <see cref="SqlLexer"/> tokens, so literals and
/// comments are never touched.</summary>
internal static class ClauseText
{
    /// <summary><c>WHERE content</c>, dropping a leading or trailing AND/OR.</summary>
    public static SqlText Where(string content, SqlDialect dialect) => Build("WHERE ", content, dialect, IsAndOr);

    /// <summary><c>SET content</c>, dropping a leading or trailing comma.</summary>
    public static SqlText Set(string content, SqlDialect dialect) => Build("SET ", content, dialect, IsComma);

    private static SqlText Build(string keyword, string content, SqlDialect dialect, Func<string, SqlToken, bool> isConnective)
    {
        var (head, last, count) = FirstAndLastSql(content, dialect);
        if (count == 0)
        {
            return SqlText.Empty;
        }
        var dropHead = isConnective(content, head);
        var dropTail = count > 1 && isConnective(content, last);
        if (dropHead && count == 1)
        {
            return SqlText.Empty;
        }
        var body = string.Concat(
            content.AsSpan(0, head.Start),
            dropHead ? [] : content.AsSpan(head.Start, last.Start - head.Start),
            dropHead ? content.AsSpan(head.End, last.Start - head.End) : [],
            dropTail ? content.AsSpan(last.End) : content.AsSpan(last.Start)).Trim();
        // A trailing "--" comment keeps its newline, or it would swallow what follows the block.
        var newline = EndsInLineComment(body, dialect) ? "\n" : "";
        return new SqlText(string.Concat(keyword, body, newline));
    }

    private static (SqlToken First, SqlToken Last, int Count) FirstAndLastSql(string content, SqlDialect dialect)
    {
        SqlToken first = default, last = default;
        var count = 0;
        var lexer = new SqlLexer(content, dialect);
        while (lexer.Next(out var token))
        {
            if (!token.IsTrivia)
            {
                first = count == 0 ? token : first;
                last = token;
                count++;
            }
        }
        return (first, last, count);
    }

    private static bool EndsInLineComment(string body, SqlDialect dialect)
    {
        var kind = SqlTokenKind.Whitespace;
        var lexer = new SqlLexer(body, dialect);
        while (lexer.Next(out var token))
        {
            kind = token.Kind;
        }
        return kind == SqlTokenKind.LineComment;
    }

    private static bool IsAndOr(string content, SqlToken token) =>
        token.Kind == SqlTokenKind.Word
        && (content.AsSpan(token.Start, token.Length).Equals("AND", StringComparison.OrdinalIgnoreCase)
            || content.AsSpan(token.Start, token.Length).Equals("OR", StringComparison.OrdinalIgnoreCase));

    private static bool IsComma(string content, SqlToken token) =>
        token.Kind == SqlTokenKind.Other && content[token.Start] == ',';
}
