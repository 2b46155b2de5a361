using System.Globalization;

namespace Sluice.Core.Parameters;

/// <summary>Reads ISO 8601 dates and date-times. A date-time with an offset (or Z) becomes a
/// <see cref="DateTimeOffset"/>; one without stays a <see cref="DateTime"/> of unspecified kind,
/// so the database, not this server's time zone, decides what it means.</summary>
internal static class DateTimeText
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    public static bool TryParseDate(string text, out object? value)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }
        value = null;
        return false;
    }

    public static bool TryParseDateTime(string text, out object? value)
    {
        if (HasOffset(text))
        {
            if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                value = instant;
                return true;
            }
        }
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = local;
            return true;
        }
        value = null;
        return false;
    }

    // The date part (yyyy-MM-dd) has dashes of its own, so only look after it.
    private static bool HasOffset(string text)
    {
        if (text.Length <= 10)
        {
            return false;
        }
        var last = text[^1];
        return last is 'Z' or 'z' || text.AsSpan(10).IndexOfAny('+', '-') >= 0;
    }
}
