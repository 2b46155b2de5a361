namespace Sluice.Server.Gateway.Results;

/// <summary>How a column's values are read and written, decided once per result set so the
/// per-value work is a switch, not reflection.</summary>
internal enum ColumnKind
{
    Boolean,
    Int32,
    Int64,
    Integer,
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
    Other,
}
