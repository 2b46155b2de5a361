using System.Data;
using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>What the gateway serves: datasources, modules, APIs and macros, each with
/// immutable versions.</summary>
[Migration(2, "gateway: datasources, modules, apis, macros and their versions")]
public sealed class M0002GatewayDefinitions : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        Create.Table("datasources")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(100).NotNullable().Unique("ux_datasources_name")
            .WithColumn("product_type").AsString(20).NotNullable()
            .WithColumn("host").AsString(255).Nullable()
            .WithColumn("port").AsInt32().Nullable()
            .WithColumn("database").AsString(1024).NotNullable()
            .WithColumn("username").AsString(255).Nullable()
            .WithColumn("password_encrypted").AsString(2048).Nullable()
            .WithColumn("options").AsString(4000).Nullable()
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("modules")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(100).NotNullable().Unique("ux_modules_name")
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("sort_order").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("apis")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("module_id").AsInt64().Nullable().ForeignKey("fk_apis_module", "modules", "id").OnDelete(Rule.None)
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("path").AsString(255).NotNullable()
            .WithColumn("http_method").AsString(10).NotNullable()
            .WithColumn("execute_engine").AsString(10).NotNullable()
            .WithColumn("datasource_id").AsInt64().Nullable().ForeignKey("fk_apis_datasource", "datasources", "id").OnDelete(Rule.None)
            .WithColumn("access_type").AsString(10).NotNullable()
            .WithColumn("rate_limit_per_minute").AsInt32().Nullable()
            .WithColumn("statement_timeout_seconds").AsInt32().Nullable()
            .WithColumn("pagination").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("identifiers").AsString(4000).NotNullable().WithDefaultValue("[]")
            .WithColumn("content").AsCustom("TEXT").NotNullable()
            .WithColumn("params").AsCustom("TEXT").NotNullable()
            .WithColumn("result_transform").AsCustom("TEXT").Nullable()
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("published_version_id").AsInt64().Nullable()
            .WithColumn("created_by").AsInt64().Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
        Create.Index("ux_apis_path_method").OnTable("apis").OnColumn("path").Ascending().OnColumn("http_method").Ascending().WithOptions().Unique();
        Create.Index("ix_apis_module").OnTable("apis").OnColumn("module_id");
        Create.Index("ix_apis_datasource").OnTable("apis").OnColumn("datasource_id");

        // A version is the executable part of an API's draft, frozen.
        Create.Table("api_versions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("api_id").AsInt64().NotNullable().ForeignKey("fk_api_versions_api", "apis", "id").OnDelete(Rule.Cascade)
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("content").AsCustom("TEXT").NotNullable()
            .WithColumn("params").AsCustom("TEXT").NotNullable()
            .WithColumn("result_transform").AsCustom("TEXT").Nullable()
            .WithColumn("identifiers").AsString(4000).NotNullable()
            .WithColumn("commit_message").AsString(1000).NotNullable()
            .WithColumn("created_by").AsInt64().Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();
        Create.Index("ux_api_versions_api_version").OnTable("api_versions").OnColumn("api_id").Ascending().OnColumn("version").Ascending().WithOptions().Unique();

        Create.Table("macros")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("module_id").AsInt64().Nullable().ForeignKey("fk_macros_module", "modules", "id").OnDelete(Rule.None)
            .WithColumn("name").AsString(100).NotNullable().Unique("ux_macros_name")
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("content").AsCustom("TEXT").NotNullable()
            .WithColumn("published_version_id").AsInt64().Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("macro_versions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("macro_id").AsInt64().NotNullable().ForeignKey("fk_macro_versions_macro", "macros", "id").OnDelete(Rule.Cascade)
            .WithColumn("version").AsInt32().NotNullable()
            .WithColumn("content").AsCustom("TEXT").NotNullable()
            .WithColumn("commit_message").AsString(1000).NotNullable()
            .WithColumn("created_by").AsInt64().Nullable()
            .WithColumn("created_at").AsTimestamp().NotNullable();
        Create.Index("ux_macro_versions_macro_version").OnTable("macro_versions").OnColumn("macro_id").Ascending().OnColumn("version").Ascending().WithOptions().Unique();

        // Bumped on every change the gateway depends on, so every node can tell its snapshot is stale.
        Create.Table("gateway_state")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("revision").AsInt64().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
        Insert.IntoTable("gateway_state").Row(new { id = 1, revision = 1, updated_at = "1970-01-01 00:00:00.0000000+00:00" });
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Table("gateway_state");
        Delete.Table("macro_versions");
        Delete.Table("macros");
        Delete.Table("api_versions");
        Delete.Table("apis");
        Delete.Table("modules");
        Delete.Table("datasources");
    }
}
