using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>The paged and counting texts of one API's statement, made once per distinct text
/// and kept until the text changes: most templates give the same text on every request (only
/// their values change), so paging builds no SQL per request.</summary>
internal sealed class PagedSql
{
    private Entry? _limited;
    private Entry? _counted;

    /// <summary><paramref name="sql"/> with <c>LIMIT</c> and <c>OFFSET</c> placeholders after its
    /// <paramref name="values"/> values.</summary>
    public string Limited(string sql, int values, SqlDialect dialect)
    {
        var entry = _limited;
        if (entry is null || entry.Values != values || entry.Dialect != dialect || !string.Equals(entry.Source, sql, StringComparison.Ordinal))
        {
            _limited = entry = new Entry(sql, values, dialect, $"{sql} LIMIT {dialect.Placeholder(values)} OFFSET {dialect.Placeholder(values + 1)}");
        }
        return entry.Text;
    }

    /// <summary>A statement counting the rows of <paramref name="sql"/>.</summary>
    public string Counted(string sql)
    {
        var entry = _counted;
        if (entry is null || !string.Equals(entry.Source, sql, StringComparison.Ordinal))
        {
            _counted = entry = new Entry(sql, 0, default, $"SELECT COUNT(*) FROM ({sql}) sluice_count");
        }
        return entry.Text;
    }

    // Replaced whole, never changed: requests on other threads see an old entry or a new one.
    private sealed record Entry(string Source, int Values, SqlDialect Dialect, string Text);
}
