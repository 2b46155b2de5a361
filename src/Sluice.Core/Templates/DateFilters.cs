using System.Globalization;
using Scriban;

namespace Sluice.Core.Templates;

/// <summary>The date helpers templates get; each result is bound like any other value.</summary>
internal static class DateFilters
{
    /// <summary><c>{{ today }}</c>: the current UTC date (<see cref="DateOnly"/>).</summary>
    public static object Today(TemplateContext context) =>
        DateOnly.FromDateTime(Clock(context).GetUtcNow().UtcDateTime);

    /// <summary><c>{{ now }}</c>: the current instant as a UTC <see cref="DateTime"/>.</summary>
    public static object Now(TemplateContext context) => Clock(context).GetUtcNow().UtcDateTime;

    /// <summary><c>{{ d | add_days: 7 }}</c>: a date, date-time or offset date-time moved by
    /// whole days; null stays null. Scriban's Liquid parser reads <c>add_days: -7</c> as a
    /// subtraction, so a negative count goes in parentheses: <c>add_days: (-7)</c>.</summary>
    public static object? AddDays(object? value, object? days)
    {
        var count = days switch
        {
            int n => n,
            long n and >= int.MinValue and <= int.MaxValue => (int)n,
            decimal n when decimal.IsInteger(n) && n is >= int.MinValue and <= int.MaxValue => (int)n,
            _ => throw new TemplateRenderException($"add_days: the number of days must be a whole number, not '{Convert.ToString(days, CultureInfo.InvariantCulture)}'."),
        };
        return value switch
        {
            null => null,
            DateOnly date => date.AddDays(count),
            DateTime dateTime => dateTime.AddDays(count),
            DateTimeOffset instant => instant.AddDays(count),
            _ => throw NotADate("add_days", value),
        };
    }

    /// <summary><c>{{ d | start_of_month }}</c>: the first day of the month (at midnight, keeping
    /// the kind or offset); null stays null.</summary>
    public static object? StartOfMonth(object? value) => value switch
    {
        null => null,
        DateOnly date => new DateOnly(date.Year, date.Month, 1),
        DateTime dateTime => new DateTime(dateTime.Year, dateTime.Month, 1, 0, 0, 0, dateTime.Kind),
        DateTimeOffset instant => new DateTimeOffset(instant.Year, instant.Month, 1, 0, 0, 0, instant.Offset),
        _ => throw NotADate("start_of_month", value),
    };

    private static TimeProvider Clock(TemplateContext context) => ((TemplateRenderContext)context).TimeProvider;

    private static TemplateRenderException NotADate(string filter, object value) =>
        new($"{filter}: expects a date or date-time, not a {value.GetType().Name}.");
}
