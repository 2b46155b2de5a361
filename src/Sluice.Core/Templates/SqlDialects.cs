using System.Globalization;
using System.Text;

namespace Sluice.Core.Templates;

/// <summary>Placeholder text and parameter names per dialect. Index is zero-based within one
/// statement.</summary>
public static class SqlDialects
{
    /// <summary>The placeholder written into SQL text for the parameter at <paramref name="index"/>.</summary>
    public static string Placeholder(this SqlDialect dialect, int index)
    {
        var sql = new StringBuilder(8);
        dialect.AppendPlaceholder(sql, index);
        return sql.ToString();
    }

    /// <summary><see cref="Placeholder"/>, written into <paramref name="sql"/> without a string of its own.</summary>
    internal static void AppendPlaceholder(this SqlDialect dialect, StringBuilder sql, int index)
    {
        switch (dialect)
        {
            case SqlDialect.Postgres or SqlDialect.DuckDb:
                sql.Append(CultureInfo.InvariantCulture, $"${index + 1}");
                break;
            case SqlDialect.MySql:
                sql.Append('?');
                break;
            default:
                sql.Append(CultureInfo.InvariantCulture, $"@p{index}");
                break;
        }
    }

    /// <summary>The <c>DbParameter.ParameterName</c> for that parameter; empty for positional dialects.</summary>
    public static string ParameterName(this SqlDialect dialect, int index) =>
        dialect == SqlDialect.Sqlite ? "@p" + index.ToString(CultureInfo.InvariantCulture) : "";
}
