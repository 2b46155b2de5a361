using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Sluice.Core.AccessLogs;
using Sluice.Core.Storage;
using Sluice.Core.Storage.Migrations;
using Sluice.IntegrationTests.Infrastructure;
using Sluice.Server.Observability.AccessLogs;

namespace Sluice.IntegrationTests.AccessLogs;

/// <summary>Access records written off the request path, on each metadata store.</summary>
public abstract class AccessLogScenarios<TStore> where TStore : TestStore, new()
{
    // Small batches and quick retries, so that a test sees several of each.
    private static readonly AccessLogBatching Quick = new(10, TimeSpan.FromMilliseconds(20), [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)]);

    [Fact]
    public async Task Writer_FiveThousandRecordsThenStopped_WritesEveryOne()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store));
        using var metrics = new WriterMetrics(host);

        for (var i = 0; i < 5000; i++)
        {
            host.AccessLog.Record(host.Request(i));
        }
        await host.StopAsync();

        Assert.Equal(new AccessLogStats(5000, 0, 0, 0, 0), host.Writer.Stats);
        Assert.Equal(5000, await host.CountAsync());
        Assert.Equal(5000, (await host.RowsAsync()).Select(row => row.RequestId).Distinct().Count());
        Assert.Equal(5000, metrics.Written);
        Assert.Equal(0, metrics.Dropped);
    }

    [Fact]
    public async Task Writer_Records_StoresEveryField()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store));
        // A whole-number duration first: it must come back as a float like the others.
        var anonymous404 = host.Request(6) with { DurationMs = 2, RequestBody = null, UserAgent = null };
        var withBody = host.Request(7, TimeSpan.FromMinutes(5)) with { Method = "POST", RequestBody = """{"name": "Zoë"}""" };

        host.AccessLog.Record(anonymous404);
        host.AccessLog.Record(withBody);
        await host.StopAsync();

        var rows = await host.RowsAsync();
        Assert.Equal([anonymous404, withBody], rows.Select(AsRecord));
        Assert.Null(rows[0].ApiId);
        Assert.Null(rows[0].ClientId);
    }

    [Fact]
    public async Task InsertBatch_TextTooLongOrUnencodable_IsStoredCutAndReplaced()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store));
        var hostile = host.Request(1) with
        {
            RequestId = new string('r', 200),
            ClientId = new string('c', 100),
            Path = "/api/" + new string('p', 2000),
            UserAgent = new string('u', 600),
            // A NUL, and a body cut in the middle of a surrogate pair.
            RequestBody = "a\0b" + "😀"[..1],
        };

        await host.Store.InsertBatchAsync([hostile, host.Request(2)], CancellationToken.None);

        var row = (await host.RowsAsync())[0];
        Assert.Equal(128, row.RequestId.Length);
        Assert.Equal(64, row.ClientId!.Length);
        Assert.Equal(1024, row.Path.Length);
        Assert.Equal(512, row.UserAgent!.Length);
        Assert.Equal("a\uFFFDb\uFFFD", row.RequestBody);
        Assert.Equal(2, await host.CountAsync());
    }

    [Fact]
    public async Task Writer_TinyQueueAndBlockedStore_CountsEveryDroppedRecord()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store), queueSize: 20, batching: Quick);

        await using (var connection = await host.Db.OpenAsync())
        await using (var blocker = await BlockWritesAsync(connection, host.Db.IsPostgres))
        {
            for (var i = 0; i < 1000; i++)
            {
                host.AccessLog.Record(host.Request(i));
            }
            // The writer is stuck on the store with a batch while the full queue turns records away.
            // PostgreSQL shows its insert waiting on the lock; SQLite waits inside its busy
            // handler, which nothing outside can see, so there the write may also start later.
            if (host.Db.IsPostgres)
            {
                await Eventually.UntilAsync(async () => await WaitingOnAccessLogsAsync(connection, blocker) > 0, "the writer waiting on the locked table");
            }
            await blocker.RollbackAsync();
        }
        await host.StopAsync();

        var stats = host.Writer.Stats;
        // At most a batch in flight and a full queue got through; every other record is counted.
        Assert.InRange(stats.Written, 20, 30);
        Assert.Equal(1000, stats.Written + stats.DroppedQueueFull);
        Assert.Equal((0, 0, 0), (stats.DroppedStoreFailure, stats.DroppedShutdown, stats.Queued));
        Assert.Equal(stats.Written, await host.CountAsync());
        Assert.Contains(host.Logs.Messages, message => message.EventId == 3000 && message.Message.EndsWith($"; {stats.Dropped} since start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_StoreBlockedPastTheShutdownTimeout_ReturnsAndCountsWhatIsLeft()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store), batching: Quick,
            shutdownTimeout: TimeSpan.FromMilliseconds(300));

        await using (var connection = await host.Db.OpenAsync())
        await using (var blocker = await BlockWritesAsync(connection, host.Db.IsPostgres))
        {
            for (var i = 0; i < 100; i++)
            {
                host.AccessLog.Record(host.Request(i));
            }
            // Stopping returns while the store is still blocked: the shutdown timeout cut the flush.
            await Eventually.CompletesAsync(host.StopAsync(), "stopping with the store blocked");
            await blocker.RollbackAsync();
        }

        var stats = await SettledAsync(host.Writer);
        Assert.True(stats.DroppedShutdown > 0, stats.ToString());
        Assert.Equal(100, stats.Written + stats.Dropped);
        Assert.Equal(stats.Written, await host.CountAsync());
        Assert.Contains(host.Logs.Messages, message => message.EventId == 3002);
    }

    [Fact]
    public async Task Writer_StoreWithoutTheTable_DropsAndCountsEveryRecord()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Config(store), queueSize: 20, batching: Quick);
        using var metrics = new WriterMetrics(host);

        for (var i = 0; i < 1000; i++)
        {
            host.AccessLog.Record(host.Request(i));
        }
        await host.StopAsync();

        var stats = host.Writer.Stats;
        Assert.Equal(0, stats.Written);
        Assert.InRange(stats.DroppedStoreFailure, 20, 30);
        Assert.Equal(1000, stats.DroppedQueueFull + stats.DroppedStoreFailure);
        Assert.Equal(stats.Dropped, metrics.Dropped);
        var report = Assert.Single(host.Logs.Messages, message => message.EventId == 3000);
        Assert.IsAssignableFrom<DbException>(report.Exception);
    }

    [Fact]
    public async Task Record_AfterStop_IsCountedAsDropped()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store));
        host.AccessLog.Record(host.Request(1));
        await host.StopAsync();

        host.AccessLog.Record(host.Request(2));

        Assert.Equal(new AccessLogStats(1, 0, 0, 1, 0), host.Writer.Stats);
        Assert.Equal(1, await host.CountAsync());
    }

    [Fact]
    public async Task Purge_RecordsAroundTheCutoff_DeletesExactlyTheOlderOnes()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store), retentionDays: 30);
        var retention = host.Host.Services.GetRequiredService<AccessLogRetention>();
        // More old records than one delete takes, so the purge needs several.
        var old = Enumerable.Range(0, 2 * AccessLogRetention.BatchSize + 123)
            .Select(i => host.Request(i, TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1 + i))).ToList();
        var kept = new[]
        {
            host.Request(900_001, TimeSpan.FromDays(30)),
            host.Request(900_002, TimeSpan.FromDays(29)),
            host.Request(900_003),
        };
        await host.Store.InsertBatchAsync([.. old, .. kept], CancellationToken.None);

        var purged = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal(old.Count, purged);
        Assert.Equal(["req-900001", "req-900002", "req-900003"], (await host.RowsAsync()).Select(row => row.RequestId));
        Assert.Contains(host.Logs.Messages, message => message.EventId == 3010 && message.Message.StartsWith($"Purged {old.Count} ", StringComparison.Ordinal));

        // An hour later, the record that was exactly at the cutoff is past it.
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await retention.PurgeAsync(CancellationToken.None));
        Assert.Equal(["req-900002", "req-900003"], (await host.RowsAsync()).Select(row => row.RequestId));
    }

    [Fact]
    public async Task PurgeOlderThan_NothingOld_DeletesNothing()
    {
        await using var store = new TStore();
        await using var host = await AccessLogHost.StartAsync(AccessLogHost.Migrated(store));
        await host.Store.InsertBatchAsync([host.Request(1), host.Request(2, TimeSpan.FromDays(1))], CancellationToken.None);

        var purged = await host.Store.PurgeOlderThanAsync(host.Time.GetUtcNow().AddDays(-2), 1, CancellationToken.None);

        Assert.Equal(0, purged);
        Assert.Equal(2, await host.CountAsync());
    }

    [Fact]
    public async Task Migration_DownThenUp_DropsAndRestoresTheTable()
    {
        await using var store = new TStore();
        var config = AccessLogHost.Migrated(store);
        await using var host = await AccessLogHost.StartAsync(config);
        await host.Store.InsertBatchAsync([host.Request(1)], CancellationToken.None);

        using (var migrator = new MetadataMigrator(config))
        {
            migrator.DownTo(2);
        }
        await Assert.ThrowsAnyAsync<DbException>(host.CountAsync);

        using (var migrator = new MetadataMigrator(config))
        {
            migrator.Up();
        }
        await host.Store.InsertBatchAsync([host.Request(2)], CancellationToken.None);
        Assert.Equal(["req-000002"], (await host.RowsAsync()).Select(row => row.RequestId));
    }

    /// <summary>The writer's counters once nothing is queued: after a cut-short stop the
    /// write that was cancelled may take a moment to give up. Fails the test if records stay queued.</summary>
    private static async Task<AccessLogStats> SettledAsync(AccessLogWriter writer)
    {
        await Eventually.UntilAsync(() => Task.FromResult(writer.Stats.Queued == 0), "the access log writer's queue emptied");
        return writer.Stats;
    }

    private static AccessRecord AsRecord(StoredAccessRow row) => new()
    {
        CreatedAt = row.CreatedAt,
        RequestId = row.RequestId,
        ApiId = row.ApiId,
        ClientId = row.ClientId,
        Ip = row.Ip,
        Method = row.Method,
        Path = row.Path,
        Status = row.Status,
        DurationMs = row.DurationMs,
        RequestBody = row.RequestBody,
        UserAgent = row.UserAgent,
    };

    private static async Task<long> WaitingOnAccessLogsAsync(DbConnection connection, DbTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM pg_locks WHERE relation = 'access_logs'::regclass AND NOT granted";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Holds the store's write lock (SQLite) or a lock on access_logs (PostgreSQL)
    /// until rolled back, so the writer waits the way it would on a slow store.</summary>
    private static async Task<DbTransaction> BlockWritesAsync(DbConnection connection, bool postgres)
    {
        var transaction = await connection.BeginTransactionAsync();
        if (postgres)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "LOCK TABLE access_logs IN EXCLUSIVE MODE";
            await command.ExecuteNonQueryAsync();
        }
        return transaction;
    }
}

public sealed class SqliteAccessLogs : AccessLogScenarios<SqliteTestStore>;

public sealed class PostgresAccessLogs : AccessLogScenarios<PostgresTestStore>
{
    [Fact]
    public async Task Writer_ServerNotListening_DropsAndCountsEveryRecord()
    {
        var config = DatabaseUrl.TryParse($"postgresql://sluice:sluice@127.0.0.1:{ClosedPort()}/sluice", Directory.GetCurrentDirectory(), out _)!;
        await using var host = await AccessLogHost.StartAsync(config, queueSize: 20,
            batching: new(10, TimeSpan.FromMilliseconds(20), [TimeSpan.FromMilliseconds(10)]));

        for (var i = 0; i < 1000; i++)
        {
            host.AccessLog.Record(host.Request(i));
        }
        await host.StopAsync();

        var stats = host.Writer.Stats;
        Assert.Equal(0, stats.Written);
        Assert.True(stats.DroppedStoreFailure > 0);
        Assert.Equal(1000, stats.DroppedQueueFull + stats.DroppedStoreFailure);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
