using FluentMigrator.Builders.Create.Table;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Column types that mean the same on PostgreSQL and SQLite.</summary>
internal static class ColumnTypes
{
    /// <summary>A UTC timestamp: <c>timestamptz</c> on PostgreSQL; on SQLite the same name
    /// gives NUMERIC affinity, which keeps our fixed-width ISO text as text.</summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsTimestamp(this ICreateTableColumnAsTypeSyntax column) =>
        column.AsCustom("TIMESTAMPTZ");
}
