using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>What real traffic last saw of each datasource: the last failure (message and time)
/// and the last success, written in the background by every node.</summary>
[Migration(10, "datasources: last_error, last_error_at and last_ok_at from gateway traffic")]
public sealed class M0010DatasourceHealth : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        Alter.Table("datasources").AddColumn("last_error").AsString(1000).Nullable();
        // TIMESTAMPTZ as in ColumnTypes: timestamptz on PostgreSQL, fixed-width text on SQLite.
        Alter.Table("datasources").AddColumn("last_error_at").AsCustom("TIMESTAMPTZ").Nullable();
        Alter.Table("datasources").AddColumn("last_ok_at").AsCustom("TIMESTAMPTZ").Nullable();
    }

    /// <inheritdoc />
    public override void Down() => Delete.Column("last_error").Column("last_error_at").Column("last_ok_at").FromTable("datasources");
}
