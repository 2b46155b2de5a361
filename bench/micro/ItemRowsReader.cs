using System.Collections;
using System.Data.Common;

namespace Sluice.Bench.Micro;

/// <summary>An in-memory result set of (id int4, name text, price numeric, created_at
/// timestamp, active bool) rows, rewindable so one instance serves every operation. Typed
/// getters do not box, as with Npgsql; <see cref="GetValue"/> boxes, as every driver does.
/// Strings are made once, so the measured allocations are the writer's, not a driver's.</summary>
internal sealed class ItemRowsReader : DbDataReader
{
    private static readonly string[] Names = ["id", "name", "price", "created_at", "active"];
    private static readonly Type[] Types = [typeof(int), typeof(string), typeof(decimal), typeof(DateTime), typeof(bool)];
    private static readonly string[] DataTypeNames = ["integer", "text", "numeric", "timestamp without time zone", "boolean"];

    private readonly int[] _ids;
    private readonly string[] _names;
    private readonly decimal[] _prices;
    private readonly DateTime[] _created;
    private readonly bool[] _active;
    private int _row = -1;

    public ItemRowsReader(int rows)
    {
        _ids = new int[rows];
        _names = new string[rows];
        _prices = new decimal[rows];
        _created = new DateTime[rows];
        _active = new bool[rows];
        var start = new DateTime(2024, 1, 1, 8, 30, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < rows; i++)
        {
            _ids[i] = i + 1;
            _names[i] = "Item number " + (i + 1) + " — größe M";
            _prices[i] = 10.5m + i * 1.25m;
            _created[i] = start.AddMinutes(i * 97).AddTicks(i * 1234);
            _active[i] = i % 3 != 0;
        }
    }

    /// <summary>Back to before the first row.</summary>
    public void Rewind() => _row = -1;

    public override int FieldCount => Names.Length;
    public override int RecordsAffected => -1;
    public override bool HasRows => _ids.Length > 0;
    public override bool IsClosed => false;
    public override int Depth => 0;
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read() => ++_row < _ids.Length;
    public override bool NextResult() => false;

    public override string GetName(int ordinal) => Names[ordinal];
    public override int GetOrdinal(string name) => Array.IndexOf(Names, name);
    public override Type GetFieldType(int ordinal) => Types[ordinal];
    public override string GetDataTypeName(int ordinal) => DataTypeNames[ordinal];
    public override bool IsDBNull(int ordinal) => false;

    public override int GetInt32(int ordinal) => ordinal == 0 ? _ids[_row] : throw new InvalidCastException();
    public override string GetString(int ordinal) => ordinal == 1 ? _names[_row] : throw new InvalidCastException();
    public override decimal GetDecimal(int ordinal) => ordinal == 2 ? _prices[_row] : throw new InvalidCastException();
    public override DateTime GetDateTime(int ordinal) => ordinal == 3 ? _created[_row] : throw new InvalidCastException();
    public override bool GetBoolean(int ordinal) => ordinal == 4 ? _active[_row] : throw new InvalidCastException();

    public override T GetFieldValue<T>(int ordinal)
    {
        // Unboxed for the column's own type, as Npgsql does.
        if (typeof(T) == typeof(int)) { var v = GetInt32(ordinal); return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref v); }
        if (typeof(T) == typeof(decimal)) { var v = GetDecimal(ordinal); return System.Runtime.CompilerServices.Unsafe.As<decimal, T>(ref v); }
        if (typeof(T) == typeof(DateTime)) { var v = GetDateTime(ordinal); return System.Runtime.CompilerServices.Unsafe.As<DateTime, T>(ref v); }
        if (typeof(T) == typeof(bool)) { var v = GetBoolean(ordinal); return System.Runtime.CompilerServices.Unsafe.As<bool, T>(ref v); }
        return (T)GetValue(ordinal);
    }

    public override object GetValue(int ordinal) => ordinal switch
    {
        0 => _ids[_row],
        1 => _names[_row],
        2 => _prices[_row],
        3 => _created[_row],
        4 => _active[_row],
        _ => throw new ArgumentOutOfRangeException(nameof(ordinal)),
    };

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    public override byte GetByte(int ordinal) => throw new InvalidCastException();
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new InvalidCastException();
    public override char GetChar(int ordinal) => throw new InvalidCastException();
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new InvalidCastException();
    public override double GetDouble(int ordinal) => throw new InvalidCastException();
    public override float GetFloat(int ordinal) => throw new InvalidCastException();
    public override Guid GetGuid(int ordinal) => throw new InvalidCastException();
    public override short GetInt16(int ordinal) => throw new InvalidCastException();
    public override long GetInt64(int ordinal) => throw new InvalidCastException();
    public override IEnumerator GetEnumerator() => throw new NotSupportedException();
}
