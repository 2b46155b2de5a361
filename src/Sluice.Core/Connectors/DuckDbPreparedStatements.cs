using System.Numerics;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Sluice.Core.Connectors;

/// <summary>Prepares a DuckDB statement through the C API (duckdb_prepare binds and plans it,
/// nothing runs) and reads the columns it would return, which DuckDB.NET does not expose.</summary>
internal static partial class DuckDbPreparedStatements
{
    private const string Library = "duckdb";

    /// <summary>The statement's columns; throws <see cref="DuckDbPrepareException"/> with DuckDB's
    /// message when it refuses the statement.</summary>
    public static IReadOnlyList<ResultColumn> Describe(DuckDBConnection connection, string sql)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out var prepared) != DuckDBState.Success)
        {
            using (prepared)
            {
                throw new DuckDbPrepareException(NativeMethods.PreparedStatements.DuckDBPrepareError(prepared) ?? "DuckDB could not prepare the statement.");
            }
        }
        using (prepared)
        {
            var columns = new ResultColumn[checked((int)ColumnCount(prepared))];
            for (var i = 0; i < columns.Length; i++)
            {
                var name = ColumnName(prepared, (ulong)i);
                string? text;
                try
                {
                    text = Marshal.PtrToStringUTF8(name);
                }
                finally
                {
                    Free(name);
                }
                var type = ColumnType(prepared, (ulong)i);
                columns[i] = new ResultColumn(text ?? "", TypeName(type), null, ClrTypeOf(type));
            }
            return columns;
        }
    }

    private static string TypeName(DuckDBType type) => type switch
    {
        DuckDBType.Invalid => "",
        DuckDBType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDBType.UnsignedBigInt => "UBIGINT",
        DuckDBType.UnsignedInteger => "UINTEGER",
        DuckDBType.UnsignedSmallInt => "USMALLINT",
        DuckDBType.UnsignedTinyInt => "UTINYINT",
        DuckDBType.UnsignedHugeInt => "UHUGEINT",
        _ => type.ToString().ToUpperInvariant(),
    };

    // The types DuckDB.NET reads each as; null for nested and unknown types.
    private static Type? ClrTypeOf(DuckDBType type) => type switch
    {
        DuckDBType.Boolean => typeof(bool),
        DuckDBType.TinyInt => typeof(sbyte),
        DuckDBType.SmallInt => typeof(short),
        DuckDBType.Integer => typeof(int),
        DuckDBType.BigInt => typeof(long),
        DuckDBType.UnsignedTinyInt => typeof(byte),
        DuckDBType.UnsignedSmallInt => typeof(ushort),
        DuckDBType.UnsignedInteger => typeof(uint),
        DuckDBType.UnsignedBigInt => typeof(ulong),
        DuckDBType.HugeInt or DuckDBType.UnsignedHugeInt => typeof(BigInteger),
        DuckDBType.Float => typeof(float),
        DuckDBType.Double => typeof(double),
        DuckDBType.Decimal => typeof(decimal),
        DuckDBType.Varchar => typeof(string),
        DuckDBType.Blob => typeof(byte[]),
        DuckDBType.Date => typeof(DateOnly),
        DuckDBType.Time => typeof(TimeOnly),
        DuckDBType.Interval => typeof(TimeSpan),
        DuckDBType.Uuid => typeof(Guid),
        DuckDBType.Timestamp or DuckDBType.TimestampS or DuckDBType.TimestampMs or DuckDBType.TimestampNs => typeof(DateTime),
        DuckDBType.TimestampTz => typeof(DateTimeOffset),
        _ => null,
    };

    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_column_count")]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static partial ulong ColumnCount(DuckDBPreparedStatement prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_column_name")]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static partial nint ColumnName(DuckDBPreparedStatement prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_column_type")]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static partial DuckDBType ColumnType(DuckDBPreparedStatement prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    [UnmanagedCallConv(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static partial void Free(nint pointer);
}
