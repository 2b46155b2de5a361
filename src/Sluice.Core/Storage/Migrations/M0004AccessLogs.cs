using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>One row per gateway request, written in batches off the request path.</summary>
[Migration(4, "access logs: one row per gateway request")]
public sealed class M0004AccessLogs : Migration
{
    /// <inheritdoc />
    public override void Up()
    {
        // No foreign key on api_id: a record outlives the API it names, and a deleted API must
        // never make a batch of records fail. No headers beyond the user agent are kept, so
        // credentials (Authorization, cookies) never reach this table.
        Create.Table("access_logs")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("created_at").AsTimestamp().NotNullable()
            .WithColumn("request_id").AsString(128).NotNullable()
            .WithColumn("api_id").AsInt64().Nullable()
            .WithColumn("client_id").AsString(64).Nullable()
            .WithColumn("ip").AsString(64).NotNullable()
            .WithColumn("method").AsString(10).NotNullable()
            .WithColumn("path").AsString(1024).NotNullable()
            .WithColumn("status").AsInt32().NotNullable()
            .WithColumn("duration_ms").AsDoublePrecision().NotNullable()
            .WithColumn("request_body").AsCustom("TEXT").Nullable()
            .WithColumn("user_agent").AsString(512).Nullable();
        Create.Index("ix_access_logs_created_at").OnTable("access_logs").OnColumn("created_at");
        Create.Index("ix_access_logs_api_created_at").OnTable("access_logs").OnColumn("api_id").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_access_logs_client_created_at").OnTable("access_logs").OnColumn("client_id").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_access_logs_status").OnTable("access_logs").OnColumn("status");
    }

    /// <inheritdoc />
    public override void Down() => Delete.Table("access_logs");
}
