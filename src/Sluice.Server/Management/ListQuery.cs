using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Storage;

namespace Sluice.Server.Management;

/// <summary>Reads <c>?page=&amp;page_size=</c> and simple filters from a list request.</summary>
internal static class ListQuery
{
    public const int DefaultPageSize = 50;

    public static PageRequest? Page(HttpRequest request, FieldErrors errors)
    {
        var page = Int(request, "page", 1, 1, int.MaxValue, errors);
        var size = Int(request, "page_size", DefaultPageSize, 1, PageRequest.MaxPageSize, errors);
        return errors.Any ? null : new PageRequest(page, size);
    }

    /// <summary>The paging and <c>is_active</c> filter most lists take, or the 400 naming what is wrong.</summary>
    public static (PageRequest? Page, bool? IsActive, IResult? Problem) PageAndActive(HttpRequest request)
    {
        var errors = new FieldErrors();
        var page = Page(request, errors);
        var isActive = Bool(request, "is_active", errors);
        return errors.Any ? (null, null, errors.ToProblem()) : (page, isActive, null);
    }

    public static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    public static bool? Bool(HttpRequest request, string name, FieldErrors errors)
    {
        var raw = Text(request, name);
        if (raw is null)
        {
            return null;
        }
        if (bool.TryParse(raw, out var value))
        {
            return value;
        }
        errors.Add(name, "must be true or false.");
        return null;
    }

    public static long? Id(HttpRequest request, string name, FieldErrors errors)
    {
        var raw = Text(request, name);
        if (raw is null)
        {
            return null;
        }
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(name, "must be a numeric id.");
        return null;
    }

    public static int Int(HttpRequest request, string name, int fallback, int min, int max, FieldErrors errors)
    {
        var raw = Text(request, name);
        if (raw is null)
        {
            return fallback;
        }
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors.Add(name, $"must be a whole number from {min} to {max}.");
        return fallback;
    }
}
