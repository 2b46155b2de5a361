using System.Data.Common;
using System.Text.Json;

namespace Sluice.Server.Gateway.Results;

/// <summary>The columns of a result set: encoded names and how to write each.</summary>
internal sealed class ResultColumns
{
    private ResultColumns(string[] names, JsonEncodedText[] encoded, ColumnKind[] kinds, Type[] types, string[] dataTypeNames)
    {
        Names = names;
        EncodedNames = encoded;
        Kinds = kinds;
        _types = types;
        _dataTypeNames = dataTypeNames;
    }

    private readonly Type[] _types;
    private readonly string[] _dataTypeNames;

    public string[] Names { get; }
    public JsonEncodedText[] EncodedNames { get; }
    public ColumnKind[] Kinds { get; }
    public int Count => Kinds.Length;

    public static ResultColumns Describe(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.FieldCount;
        var names = new string[count];
        var encoded = new JsonEncodedText[count];
        var kinds = new ColumnKind[count];
        var types = new Type[count];
        var dataTypeNames = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = reader.GetName(i);
            encoded[i] = JsonEncodedText.Encode(names[i]);
            types[i] = reader.GetFieldType(i);
            dataTypeNames[i] = reader.GetDataTypeName(i);
            kinds[i] = KindOf(types[i], dataTypeNames[i]);
        }
        return new ResultColumns(names, encoded, kinds, types, dataTypeNames);
    }

    /// <summary>The columns of <paramref name="reader"/>: <paramref name="known"/> when the
    /// reader's are the same (names, types, database types), else described anew.</summary>
    public static ResultColumns Describe(DbDataReader reader, ResultColumns? known) =>
        known is not null && known.Describes(reader) ? known : Describe(reader);

    private bool Describes(DbDataReader reader)
    {
        if (reader.FieldCount != Count)
        {
            return false;
        }
        for (var i = 0; i < Count; i++)
        {
            if (!string.Equals(Names[i], reader.GetName(i), StringComparison.Ordinal) || _types[i] != reader.GetFieldType(i)
                || !string.Equals(_dataTypeNames[i], reader.GetDataTypeName(i), StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How the gateway writes a column of this .NET type and database type name.</summary>
    public static ColumnKind KindOf(Type type, string dataTypeName)
    {
        var name = dataTypeName.ToLowerInvariant();
        if (name is "json" or "jsonb")
        {
            return ColumnKind.Json;
        }
        if (name == "date" && (type == typeof(DateTime) || type == typeof(DateOnly)))
        {
            return ColumnKind.Date;
        }
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => ColumnKind.Boolean,
            TypeCode.Int32 => ColumnKind.Int32,
            TypeCode.Int64 => ColumnKind.Int64,
            TypeCode.Int16 => ColumnKind.Int16,
            TypeCode.SByte => ColumnKind.SByte,
            TypeCode.Byte => ColumnKind.Byte,
            TypeCode.UInt16 => ColumnKind.UInt16,
            TypeCode.UInt32 => ColumnKind.UInt32,
            TypeCode.UInt64 => ColumnKind.UInt64,
            TypeCode.Decimal => ColumnKind.Decimal,
            TypeCode.Single or TypeCode.Double => ColumnKind.Float,
            TypeCode.String or TypeCode.Char => ColumnKind.Text,
            TypeCode.DateTime => ColumnKind.Timestamp,
            _ when type == typeof(DateTimeOffset) => ColumnKind.TimestampWithZone,
            _ when type == typeof(DateOnly) => ColumnKind.Date,
            _ when type == typeof(TimeSpan) || type == typeof(TimeOnly) => ColumnKind.Time,
            _ when type == typeof(Guid) => ColumnKind.Guid,
            _ when type == typeof(byte[]) => ColumnKind.Binary,
            _ when NestedValue.IsNested(type) => ColumnKind.Nested,
            _ => ColumnKind.Other,
        };
    }
}
