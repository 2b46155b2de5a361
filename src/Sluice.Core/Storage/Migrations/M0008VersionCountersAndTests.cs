using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Version numbers that are never reused, and API test cases. <c>apis.last_version</c> and
/// <c>macros.last_version</c> hold the last number handed out, so deleting the newest version does
/// not free its number; they start at the current highest. <c>apis.tests</c> (the draft's) and
/// <c>api_versions.tests</c> (frozen at commit) hold the test cases as JSON.</summary>
[Migration(8, "versions: per-API and per-macro version counters; API test cases")]
public sealed class M0008VersionCountersAndTests : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        Alter.Table("apis").AddColumn("last_version").AsInt32().NotNullable().WithDefaultValue(0);
        Alter.Table("apis").AddColumn("tests").AsCustom("TEXT").NotNullable().WithDefaultValue("[]");
        Alter.Table("api_versions").AddColumn("tests").AsCustom("TEXT").NotNullable().WithDefaultValue("[]");
        Alter.Table("macros").AddColumn("last_version").AsInt32().NotNullable().WithDefaultValue(0);
        Execute.Sql("UPDATE apis SET last_version = COALESCE((SELECT MAX(v.version) FROM api_versions v WHERE v.api_id = apis.id), 0)");
        Execute.Sql("UPDATE macros SET last_version = COALESCE((SELECT MAX(v.version) FROM macro_versions v WHERE v.macro_id = macros.id), 0)");
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Column("last_version").FromTable("macros");
        Delete.Column("tests").FromTable("api_versions");
        Delete.Column("tests").FromTable("apis");
        Delete.Column("last_version").FromTable("apis");
    }
}
