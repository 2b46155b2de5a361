using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>api_versions.result_columns: the columns the database said a version's SQL returns
/// (JSON text), stored when the version is committed and refreshed when it is published, so the
/// consumer OpenAPI document can describe each row. Null for versions never checked.</summary>
[Migration(9, "api versions: result columns from the SQL check")]
public sealed class M0009ApiVersionResultColumns : Migration
{
    /// <inheritdoc />
    public override void Up() => Alter.Table("api_versions").AddColumn("result_columns").AsCustom("TEXT").Nullable();

    /// <inheritdoc />
    public override void Down() => Delete.Column("result_columns").FromTable("api_versions");
}
