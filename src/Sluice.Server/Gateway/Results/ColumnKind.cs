namespace Sluice.Server.Gateway.Results;

/// <summary>How a column's values are read and written, decided once per result set so the
/// per-value work is a switch, not reflection.</summary>
internal enum ColumnKind
{
    Boolean,
    Int32,
    Int64,
    // The smaller integers each read as their own type, so no value is boxed.
    Int16,
    SByte,
    Byte,
    UInt16,
    UInt32,
    UInt64,
    Decimal,
    Float,
    Text,
    Timestamp,
    TimestampWithZone,
    Date,
    Time,
    Guid,
    Binary,
    Json,
    // LIST, ARRAY, STRUCT, MAP: written as JSON arrays and objects.
    Nested,
    Other,
}
