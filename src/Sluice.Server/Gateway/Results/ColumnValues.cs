using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Sluice.Server.Gateway.Results;

/// <summary>Reads one value of a column as text or JSON, faithfully: decimals without float
/// loss, ISO 8601 times, base64 binary, JSON columns as JSON.</summary>
internal static class ColumnValues
{
    public static void WriteJson(Utf8JsonWriter writer, DbDataReader reader, int ordinal, ColumnKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            writer.WriteNullValue();
            return;
        }
        switch (kind)
        {
            case ColumnKind.Boolean:
                writer.WriteBooleanValue(reader.GetBoolean(ordinal));
                break;
            case ColumnKind.Int32:
                writer.WriteNumberValue(reader.GetInt32(ordinal));
                break;
            case ColumnKind.Int64:
                writer.WriteNumberValue(reader.GetInt64(ordinal));
                break;
            case ColumnKind.Integer:
                writer.WriteNumberValue(Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Decimal:
                WriteDecimal(writer, reader, ordinal);
                break;
            case ColumnKind.Float:
                var number = reader.GetDouble(ordinal);
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                }
                break;
            case ColumnKind.Json:
                writer.WriteRawValue(reader.GetString(ordinal), skipInputValidation: false);
                break;
            case ColumnKind.Binary:
                writer.WriteBase64StringValue((byte[])reader.GetValue(ordinal));
                break;
            default:
                writer.WriteStringValue(Text(reader, ordinal, kind));
                break;
        }
    }

    /// <summary>The value as text (CSV, and JSON strings); null for SQL NULL.</summary>
    public static string? Text(DbDataReader reader, int ordinal, ColumnKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }
        return kind switch
        {
            ColumnKind.Text => reader.GetString(ordinal),
            ColumnKind.Boolean => reader.GetBoolean(ordinal) ? "true" : "false",
            ColumnKind.Timestamp => Timestamp(reader.GetDateTime(ordinal)),
            ColumnKind.TimestampWithZone => reader.GetFieldValue<DateTimeOffset>(ordinal).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            ColumnKind.Date => reader.GetValue(ordinal) switch
            {
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            },
            ColumnKind.Time => reader.GetValue(ordinal) switch
            {
                TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
                TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            },
            ColumnKind.Binary => Convert.ToBase64String((byte[])reader.GetValue(ordinal)),
            ColumnKind.Decimal => DecimalText(reader, ordinal),
            _ => Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture),
        };
    }

    private static string Timestamp(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static void WriteDecimal(Utf8JsonWriter writer, DbDataReader reader, int ordinal)
    {
        // A JSON number keeps every digit; values beyond decimal's range arrive as text.
        writer.WriteRawValue(DecimalText(reader, ordinal), skipInputValidation: true);
    }

    private static string DecimalText(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        decimal value => value.ToString(CultureInfo.InvariantCulture),
        ulong value => value.ToString(CultureInfo.InvariantCulture),
        BigInteger value => value.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "null",
    };
}
