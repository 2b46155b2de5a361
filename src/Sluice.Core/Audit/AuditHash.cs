using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sluice.Core.Audit;

/// <summary>The hash that chains audit entries. An entry's hash is the lowercase hex SHA-256
/// of the UTF-8 text <c>prev_hash</c> followed, each after a line feed, by its fields in this
/// order: created_at, user_id, username, action, resource_type, resource_id, summary, ip,
/// request_id. A null field is written <c>-</c>; any other as its UTF-8 byte count, a colon and
/// its text, so no field can run into the next. created_at is
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> (UTC, microseconds, which both stores keep exactly);
/// user_id is decimal. The id is left out: an entry's place is fixed by <c>prev_hash</c>.</summary>
public static class AuditHash
{
    /// <summary>The <c>prev_hash</c> of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The hash <paramref name="record"/> must have, from its <c>PrevHash</c> and content.</summary>
    public static string Compute(AuditRecord record) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(record))));

    /// <summary>The text that is hashed (see the type's summary).</summary>
    public static string Canonical(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder(record.PrevHash, 256 + (record.Summary?.Length ?? 0));
        Field(text, Timestamp(record.CreatedAt));
        Field(text, record.UserId?.ToString(CultureInfo.InvariantCulture));
        Field(text, record.Username);
        Field(text, record.Action);
        Field(text, record.ResourceType);
        Field(text, record.ResourceId);
        Field(text, record.Summary);
        Field(text, record.Ip);
        Field(text, record.RequestId);
        return text.ToString();
    }

    /// <summary>A time as hashed: UTC with microseconds.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> cut to whole microseconds, the precision both stores keep.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - ticks % (TimeSpan.TicksPerMillisecond / 1000), TimeSpan.Zero);
    }

    private static void Field(StringBuilder text, string? value)
    {
        text.Append('\n');
        if (value is null)
        {
            text.Append('-');
            return;
        }
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
