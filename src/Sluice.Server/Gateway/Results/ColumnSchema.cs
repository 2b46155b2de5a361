using System.Text.Json;
using Sluice.Core.Apis;
using Sluice.Core.Connectors;

namespace Sluice.Server.Gateway.Results;

/// <summary>A result column as the SQL check reports it and as a version stores it
/// (<c>api_versions.result_columns</c>): the database's name and type, and the JSON type the
/// gateway writes its values as, for the consumer OpenAPI document.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The database's type name.</param>
/// <param name="Nullable">Whether it may be NULL; null when the database does not say.</param>
/// <param name="JsonType">integer, number, string or boolean; null when its values may be any JSON.</param>
/// <param name="Format">int32, int64, date-time, date, uuid or byte, where one applies.</param>
internal sealed record ColumnSchema(string Name, string Type, bool? Nullable, string? JsonType, string? Format)
{
    public static ColumnSchema From(ResultColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var (jsonType, format) = column.ClrType is { } type ? JsonTypeOf(ResultColumns.KindOf(type, column.Type)) : (null, null);
        return new ColumnSchema(column.Name, column.Type, column.Nullable, jsonType, format);
    }

    /// <summary>The JSON text stored with a version; null when there are no columns to store.</summary>
    public static string? Serialize(IReadOnlyList<ResultColumn>? columns) =>
        columns is null ? null : JsonSerializer.Serialize(columns.Select(From).ToArray(), ApiJson.Options);

    /// <summary>The stored columns; null when none were stored (or they cannot be read).</summary>
    public static IReadOnlyList<ColumnSchema>? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ColumnSchema[]>(stored, ApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // What ColumnValues writes for each kind.
    private static (string? Type, string? Format) JsonTypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Boolean => ("boolean", null),
        ColumnKind.Int16 or ColumnKind.Int32 or ColumnKind.SByte or ColumnKind.Byte or ColumnKind.UInt16 or ColumnKind.UInt32 => ("integer", "int32"),
        ColumnKind.Int64 or ColumnKind.UInt64 => ("integer", "int64"),
        ColumnKind.Decimal or ColumnKind.Float => ("number", null),
        ColumnKind.Text => ("string", null),
        ColumnKind.Timestamp or ColumnKind.TimestampWithZone => ("string", "date-time"),
        ColumnKind.Date => ("string", "date"),
        ColumnKind.Time or ColumnKind.Other => ("string", null),
        ColumnKind.Guid => ("string", "uuid"),
        ColumnKind.Binary => ("string", "byte"),
        _ => (null, null),
    };
}
