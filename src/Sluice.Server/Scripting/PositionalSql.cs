using System.Globalization;
using System.Text;
using Sluice.Core.Templates;

namespace Sluice.Server.Scripting;

/// <summary>Turns a script's SQL written with <c>$1, $2, …</c> placeholders (the same on every
/// engine) into one statement with the engine's own placeholders, each occurrence bound to its
/// value. Placeholders inside string literals, quoted identifiers, dollar-quoted bodies and
/// comments are text and stay as written; values never become SQL text.</summary>
internal static class PositionalSql
{
    /// <summary>The statement for <paramref name="sql"/> with <paramref name="values"/>, or why
    /// it is refused: a placeholder without a value, a value no placeholder uses, or more than
    /// one statement. A trailing semicolon is dropped.</summary>
    public static (BoundStatement? Statement, string? Error) Bind(string sql, IReadOnlyList<object?> values, SqlDialect dialect)
    {
        var text = new StringBuilder(sql.Length + 8);
        var bound = new List<object?>(values.Count);
        var used = new bool[values.Count];
        var lexer = new SqlLexer(sql, dialect);
        var ended = false;
        while (lexer.Next(out var token))
        {
            if (ended)
            {
                if (!token.IsTrivia)
                {
                    return (null, "the SQL holds more than one statement; run each statement with a call of its own.");
                }
                continue;
            }
            if (token.Kind == SqlTokenKind.Semicolon)
            {
                ended = true;
                continue;
            }
            if (token.Kind != SqlTokenKind.Word || !IsPlaceholder(sql.AsSpan(token.Start, token.Length)))
            {
                text.Append(sql, token.Start, token.Length);
                continue;
            }
            var name = sql.Substring(token.Start, token.Length);
            if (!int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 0)
            {
                return (null, $"{name} is not a placeholder: they are numbered $1, $2, … by position in the values array.");
            }
            if (number > values.Count)
            {
                return (null, values.Count == 0
                    ? $"{name} has no value: pass the values as an array, e.g. [value1, value2]."
                    : $"{name} has no value: the values array has {values.Count} item{(values.Count == 1 ? "" : "s")} ($1 to ${values.Count}).");
            }
            used[number - 1] = true;
            dialect.AppendPlaceholder(text, bound.Count);
            bound.Add(values[number - 1]);
        }
        var unused = Array.IndexOf(used, false);
        if (unused >= 0)
        {
            return (null, $"the value at position {unused + 1} is not used: the SQL has no ${unused + 1}. Remove the value or use it.");
        }
        return (new BoundStatement(text.ToString().TrimEnd(), bound), null);
    }

    private static bool IsPlaceholder(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[0] != '$')
        {
            return false;
        }
        foreach (var c in word[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
