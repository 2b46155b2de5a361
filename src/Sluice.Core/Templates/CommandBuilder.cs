using System.Text;

namespace Sluice.Core.Templates;

/// <summary>Turns rendered text (SQL with parameter markers) into a <see cref="BoundCommand"/>:
/// splits at <c>;</c> outside literals and comments, drops blank statements, and replaces
/// each marker with the dialect's placeholder, numbered from the start of its statement.</summary>
internal static class CommandBuilder
{
    /// <summary>Builds from <paramref name="text"/>, rendered in <paramref name="context"/>,
    /// whose values the markers index and whose scratch buffers are used.</summary>
    public static TemplateRenderResult Build(string text, TemplateRenderContext context, SqlDialect dialect)
    {
        var values = context.Values;
        var statements = new List<BoundStatement>(1);
        var sql = context.Sql.Clear();
        var statementValues = context.StatementValues;
        statementValues.Clear();
        var hasSql = false;
        var afterPlaceholder = false;
        var lexer = new SqlLexer(text, dialect);
        while (lexer.Next(out var token))
        {
            var span = text.AsSpan(token.Start, token.Length);
            switch (token.Kind)
            {
                case SqlTokenKind.Semicolon:
                    Flush();
                    continue;
                case SqlTokenKind.Marker:
                    // Keep a placeholder from fusing with a neighbouring word ("$1" + "0" is "$10").
                    if (sql.Length > 0 && SqlLexer.IsWordChar(sql[^1]))
                    {
                        sql.Append(' ');
                    }
                    dialect.AppendPlaceholder(sql, statementValues.Count);
                    statementValues.Add(values[ParameterMarkers.ReadIndex(span)]);
                    hasSql = true;
                    afterPlaceholder = true;
                    continue;
                case SqlTokenKind.Quoted or SqlTokenKind.LineComment or SqlTokenKind.BlockComment
                    when ParameterMarkers.IndexOfAny(span) >= 0:
                    return MarkerInside(token.Kind);
            }
            if (afterPlaceholder && SqlLexer.IsWordChar(span[0]))
            {
                sql.Append(' ');
            }
            afterPlaceholder = false;
            sql.Append(span);
            hasSql |= !token.IsTrivia;
        }
        Flush();
        return statements.Count == 0
            ? new TemplateRenderResult(null, "The template rendered no SQL statement.", TemplateRenderFailure.TemplateFault)
            : new TemplateRenderResult(new BoundCommand(statements), null);

        void Flush()
        {
            if (hasSql)
            {
                statements.Add(new BoundStatement(Trimmed(sql), statementValues.ToArray()));
            }
            sql.Clear();
            statementValues.Clear();
            hasSql = false;
            afterPlaceholder = false;
        }
    }

    /// <summary>The text without leading or trailing white space, copied once.</summary>
    private static string Trimmed(StringBuilder sql)
    {
        var end = sql.Length;
        while (end > 0 && char.IsWhiteSpace(sql[end - 1]))
        {
            end--;
        }
        var start = 0;
        while (start < end && char.IsWhiteSpace(sql[start]))
        {
            start++;
        }
        return sql.ToString(start, end - start);
    }

    private static TemplateRenderResult MarkerInside(SqlTokenKind kind)
    {
        var where = kind == SqlTokenKind.Quoted ? "a quoted string or identifier" : "a comment";
        return new TemplateRenderResult(
            null,
            $"An output ({{{{ ... }}}}) landed inside {where}; outputs are bind parameters and must stand alone, e.g. name LIKE {{{{ q | like }}}} rather than '%{{{{ q }}}}%'.",
            TemplateRenderFailure.TemplateFault);
    }
}
