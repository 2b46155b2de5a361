using System.Globalization;
using System.Text;

namespace Sluice.Core.Templates;

/// <summary>LIKE patterns with <c>\</c> as the escape character. SQLite and DuckDB have no
/// default escape character and MySQL loses its default under NO_BACKSLASH_ESCAPES, so every
/// dialect gets an explicit ESCAPE clause, spelled so the literal is one backslash.</summary>
internal static class LikeEscape
{
    /// <summary>The text after the bound pattern.</summary>
    public static string Clause(SqlDialect dialect) => dialect switch
    {
        // E'' reads the same whether or not standard_conforming_strings is on.
        SqlDialect.Postgres => @" ESCAPE E'\\'",
        // '\\' is one backslash only without NO_BACKSLASH_ESCAPES (a template may set it); CHAR(92) is one either way.
        SqlDialect.MySql => " ESCAPE CHAR(92)",
        _ => @" ESCAPE '\'",
    };

    /// <summary><c>like</c>: contains.</summary>
    public static LikePattern Contains(object? value) => Pattern(value, "%", "%");

    /// <summary><c>like_start</c>: starts with.</summary>
    public static LikePattern StartsWith(object? value) => Pattern(value, "", "%");

    /// <summary><c>like_end</c>: ends with.</summary>
    public static LikePattern EndsWith(object? value) => Pattern(value, "%", "");

    private static LikePattern Pattern(object? value, string before, string after)
    {
        if (value is null)
        {
            return new LikePattern(null);
        }
        if (value is System.Collections.IEnumerable and not string)
        {
            throw new TemplateRenderException("like: expects one value, not a list.");
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var pattern = new StringBuilder(text.Length + 4).Append(before);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                pattern.Append('\\');
            }
            pattern.Append(c);
        }
        return new LikePattern(pattern.Append(after).ToString());
    }
}
