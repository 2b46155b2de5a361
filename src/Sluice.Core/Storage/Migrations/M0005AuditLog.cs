using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>The audit trail: one hash-chained row per management change, and the one-row
/// chain head that serializes appends.</summary>
[Migration(5, "audit log: hash-chained record of management changes")]
public sealed class M0005AuditLog : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        // No foreign key on user_id: an entry outlives the user it names.
        Create.Table("audit_log")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("user_id").AsInt64().Nullable()
            .WithColumn("username").AsString(255).Nullable()
            .WithColumn("action").AsString(50).NotNullable()
            .WithColumn("resource_type").AsString(30).Nullable()
            .WithColumn("resource_id").AsString(64).Nullable()
            .WithColumn("summary").AsCustom("TEXT").Nullable()
            .WithColumn("ip").AsString(64).Nullable()
            .WithColumn("request_id").AsString(128).Nullable()
            .WithColumn("prev_hash").AsString(64).NotNullable()
            .WithColumn("hash").AsString(64).NotNullable();
        Create.Index("ix_audit_log_created_at").OnTable("audit_log").OnColumn("created_at");
        Create.Index("ix_audit_log_resource").OnTable("audit_log").OnColumn("resource_type").Ascending().OnColumn("resource_id").Ascending();
        Create.Index("ix_audit_log_user_id").OnTable("audit_log").OnColumn("user_id");
        Create.Index("ix_audit_log_action").OnTable("audit_log").OnColumn("action");

        // Every append locks this row first (UPDATE inside the append's transaction), so nodes
        // sharing one store append one at a time and the chain cannot fork. It also remembers
        // the newest entry, so dropping entries from the end of the table shows.
        Create.Table("audit_chain")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("head_id").AsInt64().NotNullable()
            .WithColumn("head_hash").AsString(64).NotNullable()
            .WithColumn("updated_at").AsTimestamp().NotNullable();
        Insert.IntoTable("audit_chain").Row(new { id = 1, head_id = 0, head_hash = new string('0', 64), updated_at = "1970-01-01 00:00:00.0000000+00:00" });
    }

    /// <inheritdoc />
    public override void Down()
    {
        Delete.Table("audit_chain");
        Delete.Table("audit_log");
    }
}
