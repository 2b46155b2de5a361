using FluentMigrator.Builders.Create.Table;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Column types that mean the same on PostgreSQL and SQLite.</summary>
internal static class ColumnTypes
{
    /// <summary>A UTC timestamp: <c>timestamptz</c> on PostgreSQL; on SQLite the same name
    /// gives NUMERIC affinity, which keeps our fixed-width ISO text as text.</summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsTimestamp(this ICreateTableColumnAsTypeSyntax column) =>
        column.AsCustom("TIMESTAMPTZ");

    /// <summary>A 64-bit float: <c>double precision</c> on PostgreSQL and REAL affinity on
    /// SQLite. FluentMigrator's <c>AsDouble()</c> gives SQLite NUMERIC affinity, which stores
    /// 2.0 as the integer 2 and hands readers a mix of integers and floats.</summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsDoublePrecision(this ICreateTableColumnAsTypeSyntax column) =>
        column.AsCustom("DOUBLE PRECISION");
}
