using FluentMigrator;

namespace Sluice.Core.Storage.Migrations;

/// <summary>An index on access_logs (created_at, status), so the overview's counts over a time
/// window (requests by day, status breakdown) read the index alone instead of the rows: on
/// PostgreSQL an index-only scan. The plain created_at index stays: with a filter the index
/// cannot check (say, part of the path), PostgreSQL walks the smaller index newest first to
/// fill a page, where the wider one had it scan the whole table instead (95 ms against 300 ms
/// on a million records).</summary>
[Migration(7, "access logs: created_at and status index for the overview")]
public sealed class M0007AccessLogOverviewIndex : Migration
{
    /// <inheritdoc />
    public override void Up() =>
        Create.Index("ix_access_logs_created_at_status").OnTable("access_logs").OnColumn("created_at").Ascending().OnColumn("status").Ascending();

    /// <inheritdoc />
    public override void Down() => Delete.Index("ix_access_logs_created_at_status").OnTable("access_logs");
}
