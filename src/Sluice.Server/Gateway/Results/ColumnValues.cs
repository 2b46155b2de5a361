using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Sluice.Server.Gateway.Results;

/// <summary>Reads one value of a column as text or JSON, faithfully: decimals without float
/// loss, ISO 8601 times, base64 binary, JSON columns as JSON.</summary>
internal static class ColumnValues
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";
    private const string UtcTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private const string OffsetTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    // Longest UTF-8 text of a decimal (29 digits, sign, point) or a timestamp with an offset, with room to spare.
    private const int ScratchBytes = 64;

    public static void WriteJson(Utf8JsonWriter writer, DbDataReader reader, int ordinal, ColumnKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            writer.WriteNullValue();
            return;
        }
        // Values are read with their own type and formatted straight to UTF-8: no boxing and
        // no string per value, except for text itself.
        Span<byte> scratch = stackalloc byte[ScratchBytes];
        int written;
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
            case ColumnKind.Int16:
                writer.WriteNumberValue(reader.GetInt16(ordinal));
                break;
            case ColumnKind.SByte:
                writer.WriteNumberValue(reader.GetFieldValue<sbyte>(ordinal));
                break;
            case ColumnKind.Byte:
                writer.WriteNumberValue(reader.GetByte(ordinal));
                break;
            case ColumnKind.UInt16:
                writer.WriteNumberValue(reader.GetFieldValue<ushort>(ordinal));
                break;
            case ColumnKind.UInt32:
                writer.WriteNumberValue(reader.GetFieldValue<uint>(ordinal));
                break;
            case ColumnKind.UInt64:
                writer.WriteNumberValue(reader.GetFieldValue<ulong>(ordinal));
                break;
            case ColumnKind.Decimal:
                // A JSON number keeps every digit (and the scale: 1.50 stays 1.50).
                reader.GetDecimal(ordinal).TryFormat(scratch, out written, default, CultureInfo.InvariantCulture);
                writer.WriteRawValue(scratch[..written], skipInputValidation: true);
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
            case ColumnKind.Timestamp:
                var timestamp = reader.GetDateTime(ordinal);
                timestamp.TryFormat(scratch, out written, timestamp.Kind == DateTimeKind.Utc ? UtcTimestampFormat : TimestampFormat, CultureInfo.InvariantCulture);
                writer.WriteStringValue(scratch[..written]);
                break;
            case ColumnKind.TimestampWithZone:
                reader.GetFieldValue<DateTimeOffset>(ordinal).TryFormat(scratch, out written, OffsetTimestampFormat, CultureInfo.InvariantCulture);
                writer.WriteStringValue(scratch[..written]);
                break;
            case ColumnKind.Guid:
                writer.WriteStringValue(reader.GetGuid(ordinal));
                break;
            case ColumnKind.Json:
                writer.WriteRawValue(reader.GetString(ordinal), skipInputValidation: false);
                break;
            case ColumnKind.Binary:
                writer.WriteBase64StringValue((byte[])reader.GetValue(ordinal));
                break;
            case ColumnKind.Nested:
                NestedValue.Write(writer, reader.GetValue(ordinal));
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
            ColumnKind.TimestampWithZone => reader.GetFieldValue<DateTimeOffset>(ordinal).ToString(OffsetTimestampFormat, CultureInfo.InvariantCulture),
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
            ColumnKind.Nested => NestedValue.ToText(reader.GetValue(ordinal)),
            _ => Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture),
        };
    }

    private static string Timestamp(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value.ToString(UtcTimestampFormat, CultureInfo.InvariantCulture)
        : value.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static string DecimalText(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        decimal value => value.ToString(CultureInfo.InvariantCulture),
        BigInteger value => value.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "null",
    };
}
