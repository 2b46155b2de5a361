using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>The <c>?page=&amp;page_size=&amp;count=exact</c> of a paginating API. Limits are bound
/// parameters appended to the statement, never text.</summary>
internal sealed record PageWindow(int Page, int PageSize, bool CountTotal)
{
    public const int DefaultPageSize = 50;

    public static (PageWindow? Window, string? Error) FromQuery(HttpRequest request, int maxPageSize)
    {
        var page = Number(request, "page", 1, 1, int.MaxValue, out var pageError);
        var size = Number(request, "page_size", Math.Min(DefaultPageSize, maxPageSize), 1, maxPageSize, out var sizeError);
        var count = request.Query["count"].ToString();
        var countError = count.Length > 0 && count != "exact" ? "count must be 'exact' when given." : null;
        var errors = string.Join(" ", new[] { pageError, sizeError, countError }.Where(e => e is not null));
        return errors.Length > 0 ? (null, errors) : (new PageWindow(page, size, count == "exact"), null);
    }

    public BoundStatement Limit(BoundStatement statement, SqlDialect dialect)
    {
        var n = statement.Values.Count;
        return new BoundStatement($"{statement.Sql} LIMIT {dialect.Placeholder(n)} OFFSET {dialect.Placeholder(n + 1)}",
            [.. statement.Values, (long)PageSize, (long)(Page - 1) * PageSize]);
    }

    public static BoundStatement CountOf(BoundStatement statement) =>
        new($"SELECT COUNT(*) FROM ({statement.Sql}) sluice_count", statement.Values);

    private static int Number(HttpRequest request, string name, int fallback, int min, int max, out string? error)
    {
        error = null;
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
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
