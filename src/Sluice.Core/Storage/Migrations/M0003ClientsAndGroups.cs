using System.Data;
using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Gateway clients, groups, and the grants that connect them to APIs.</summary>
[Migration(3, "gateway: clients, groups and grants")]
public sealed class M0003ClientsAndGroups : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        Create.Table("clients")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("client_id").AsString(64).NotNullable().Unique("ux_clients_client_id")
            .WithColumn("name").AsString(200).NotNullable().Unique("ux_clients_name")
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("secret_hash").AsString(128).NotNullable()
            .WithColumn("secret_version").AsInt32().NotNullable().WithDefaultValue(1)
            .WithColumn("rate_limit_per_minute").AsInt32().Nullable()
            .WithColumn("max_concurrent").AsInt32().Nullable()
            .WithColumn("token_expire_seconds").AsInt32().Nullable()
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("groups")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(200).NotNullable().Unique("ux_groups_name")
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        Create.Table("client_apis")
            .WithColumn("client_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_client_apis_client", "clients", "id").OnDelete(Rule.Cascade)
            .WithColumn("api_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_client_apis_api", "apis", "id").OnDelete(Rule.Cascade);
        Create.Table("client_groups")
            .WithColumn("client_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_client_groups_client", "clients", "id").OnDelete(Rule.Cascade)
            .WithColumn("group_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_client_groups_group", "groups", "id").OnDelete(Rule.Cascade);
        Create.Table("group_apis")
            .WithColumn("group_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_group_apis_group", "groups", "id").OnDelete(Rule.Cascade)
            .WithColumn("api_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_group_apis_api", "apis", "id").OnDelete(Rule.Cascade);
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Table("group_apis");
        Delete.Table("client_groups");
        Delete.Table("client_apis");
        Delete.Table("groups");
        Delete.Table("clients");
    }
}
