using System.Text;

namespace Sluice.Server.Gateway.Results;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break.</summary>
internal static class Csv
{
    public static void Append(StringBuilder line, string? value, int index)
    {
        if (index > 0)
        {
            line.Append(',');
        }
        if (value is null)
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }
        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
