using System.Data;
using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Roles, their permissions, and which users hold them; seeds Admin, Developer and Viewer.</summary>
[Migration(6, "access control: roles, permissions, user roles")]
public sealed class M0006Roles : Migration
{
    private static readonly string[] Resources = ["datasource", "module", "group", "api", "macro", "client", "user", "role", "access_log", "overview", "audit", "webhook"];
    private static readonly string[] Actions = ["read", "create", "update", "delete", "execute"];

    /// <inheritdoc />
    public override void Up()
    {
        Create.Table("roles")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(100).NotNullable().Unique("ux_roles_name")
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("is_builtin").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
        Create.Table("role_permissions")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("role_id").AsInt64().NotNullable().ForeignKey("fk_role_permissions_role", "roles", "id").OnDelete(Rule.Cascade)
            .WithColumn("resource_type").AsString(30).NotNullable()
            .WithColumn("action").AsString(20).NotNullable()
            .WithColumn("resource_id").AsString(64).Nullable();
        Create.Index("ix_role_permissions_role").OnTable("role_permissions").OnColumn("role_id");
        Create.Table("user_roles")
            .WithColumn("user_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_user_roles_user", "users", "id").OnDelete(Rule.Cascade)
            .WithColumn("role_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_user_roles_role", "roles", "id").OnDelete(Rule.Cascade);

        Seed("Admin", "Everything.", (_, _) => true);
        Seed("Developer", "Builds and publishes APIs: no deletes, no clients, users or roles, and datasources only read and tested.",
            (resource, action) => action != "delete" && resource is not ("client" or "user" or "role")
                && !(resource == "datasource" && action is "create" or "update"));
        Seed("Viewer", "Reads everything, changes nothing.", (_, action) => action == "read");
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Table("user_roles");
        Delete.Table("role_permissions");
        Delete.Table("roles");
    }

    private void Seed(string name, string description, Func<string, string, bool> allows)
    {
        const string Epoch = "1970-01-01 00:00:00.0000000+00:00";
        Insert.IntoTable("roles").Row(new { name, description, is_builtin = true, created_at = Epoch, updated_at = Epoch });
        foreach (var resource in Resources)
        {
            foreach (var action in Actions.Where(action => allows(resource, action)))
            {
                // Identity ids differ per engine, so the role is found by its (constant) name.
                Execute.Sql($"INSERT INTO role_permissions (role_id, resource_type, action) SELECT id, '{resource}', '{action}' FROM roles WHERE name = '{name}'");
            }
        }
    }
}
