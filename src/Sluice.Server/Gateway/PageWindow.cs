using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>The <c>?page=&amp;page_size=&amp;count=exact</c> of a paginating API. Limits are bound
/// parameters appended to the statement, never text.</summary>
internal sealed record PageWindow(int Page, int PageSize, bool CountTotal)
{
    public const int DefaultPageSize = 50;

    /// <summary>The window a request's query string asks for, or why it is not valid.</summary>
    public static (PageWindow? Window, string? Error) FromQuery(HttpRequest request, int maxPageSize)
    {
        var query = request.Query;
        return From(Given(query["page"]), Given(query["page_size"]), Given(query["count"]), maxPageSize);
    }

    /// <summary>The window of given <c>page</c>, <c>page_size</c> and <c>count</c> texts (null
    /// when absent), or why it is not valid.</summary>
    public static (PageWindow? Window, string? Error) From(string? pageText, string? sizeText, string? countText, int maxPageSize)
    {
        var page = Number(pageText, "page", 1, 1, int.MaxValue, out var pageError);
        var size = Number(sizeText, "page_size", Math.Min(DefaultPageSize, maxPageSize), 1, maxPageSize, out var sizeError);
        var count = countText ?? "";
        var countError = count.Length > 0 && count != "exact" ? "count must be 'exact' when given." : null;
        var errors = string.Join(" ", new[] { pageError, sizeError, countError }.Where(e => e is not null));
        return errors.Length > 0 ? (null, errors) : (new PageWindow(page, size, count == "exact"), null);
    }

    /// <summary>The statement limited to this window: its text with <c>LIMIT</c> and <c>OFFSET</c>
    /// placeholders (from <paramref name="texts"/>, made once per distinct text), its values with
    /// the window's two appended.</summary>
    public BoundStatement Limit(BoundStatement statement, SqlDialect dialect, PagedSql texts)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(texts);
        return new BoundStatement(texts.Limited(statement.Sql, statement.Values.Count, dialect),
            [.. statement.Values, (long)PageSize, (long)(Page - 1) * PageSize]);
    }

    /// <summary>The statement counting every row the statement would return.</summary>
    public static BoundStatement CountOf(BoundStatement statement, PagedSql texts)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(texts);
        return new BoundStatement(texts.Counted(statement.Sql), statement.Values);
    }

    private static string? Given(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();

    private static int Number(string? raw, string name, int fallback, int min, int max, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        error = $"{name} must be a whole number from {min} to {max}.";
        return fallback;
    }
}
