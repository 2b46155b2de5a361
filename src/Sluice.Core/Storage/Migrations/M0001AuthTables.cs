using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>Users, their login sessions, refresh tokens and login failure counters.</summary>
[Migration(1, "auth: users, sessions, refresh tokens, login failures")]
public sealed class M0001AuthTables : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        Create.Table("users")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("username").AsString(150).NotNullable().Unique("ux_users_username")
            .WithColumn("email").AsString(255).Nullable()
            .WithColumn("full_name").AsString(255).Nullable()
            .WithColumn("password_hash").AsString(255).NotNullable()
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("is_superuser").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();

        // A session is one login: the family of refresh tokens that rotate from it.
        Create.Table("auth_sessions")
            .WithColumn("id").AsString(36).PrimaryKey()
            .WithColumn("user_id").AsInt64().NotNullable().ForeignKey("fk_auth_sessions_user", "users", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("expires_at").AsTimestamp().NotNullable()
            .WithColumn("revoked_at").AsTimestamp().Nullable()
            .WithColumn("revoked_reason").AsString(50).Nullable()
            .WithColumn("ip").AsString(64).Nullable()
            .WithColumn("user_agent").AsString(255).Nullable();
        Create.Index("ix_auth_sessions_user").OnTable("auth_sessions").OnColumn("user_id");

        Create.Table("refresh_tokens")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("session_id").AsString(36).NotNullable().ForeignKey("fk_refresh_tokens_session", "auth_sessions", "id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("token_hash").AsString(64).NotNullable().Unique("ux_refresh_tokens_hash")
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("used_at").AsTimestamp().Nullable();
        Create.Index("ix_refresh_tokens_session").OnTable("refresh_tokens").OnColumn("session_id");

        // Keyed by the normalized username whether or not such a user exists, so a lockout
        // never reveals which usernames are real.
        Create.Table("login_failures")
            .WithColumn("username_key").AsString(150).PrimaryKey()
            .WithColumn("failures").AsInt32().NotNullable()
            .WithColumn("lockouts").AsInt32().NotNullable()
            .WithColumn("locked_until").AsTimestamp().Nullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Table("login_failures");
        Delete.Table("refresh_tokens");
        Delete.Table("auth_sessions");
        Delete.Table("users");
    }
}
