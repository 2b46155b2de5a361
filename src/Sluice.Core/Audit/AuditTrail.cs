using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Sluice.Core.AccessLogs;
using Sluice.Core.Storage;

namespace Sluice.Core.Audit;

/// <summary>The append-only, hash-chained audit trail in the metadata store.</summary>
public sealed class AuditTrail(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, created_at, user_id, username, action, resource_type, resource_id, summary, ip, request_id, prev_hash, hash";

    // Rows read per round trip while verifying.
    private const int VerifyBatch = 1000;

    /// <summary>Appends <paramref name="entry"/> after the newest entry and returns it as
    /// stored. Appends are serialized across every node sharing the store: each one first locks
    /// the one-row <c>audit_chain</c> head inside its transaction (on SQLite the transaction's
    /// write lock does the same), so no two entries can claim the same predecessor.</summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A no-op UPDATE takes the row lock and holds it until commit; RETURNING then reads the
        // head as the previous holder left it.
        var prevHash = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "UPDATE audit_chain SET head_id = head_id WHERE id = 1 RETURNING head_hash", transaction: transaction, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException("The audit_chain row is missing; the metadata store is not migrated.");
        // Taken under the lock, so times never go backwards along the chain.
        var record = Fit(entry, AuditHash.ToMicroseconds(time.GetUtcNow()), prevHash);
        var hash = AuditHash.Compute(record);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO audit_log (created_at, user_id, username, action, resource_type, resource_id, summary, ip, request_id, prev_hash, hash)
            VALUES (@CreatedAt, @UserId, @Username, @Action, @ResourceType, @ResourceId, @Summary, @Ip, @RequestId, @PrevHash, @hash)
            RETURNING id
            """, new { record.CreatedAt, record.UserId, record.Username, record.Action, record.ResourceType, record.ResourceId, record.Summary,
                record.Ip, record.RequestId, record.PrevHash, hash }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE audit_chain SET head_id = @id, head_hash = @hash, updated_at = @now WHERE id = 1",
            new { id, hash, now = record.CreatedAt }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new AuditRecord
        {
            Id = id, CreatedAt = record.CreatedAt, UserId = record.UserId, Username = record.Username, Action = record.Action,
            ResourceType = record.ResourceType, ResourceId = record.ResourceId, Summary = record.Summary, Ip = record.Ip,
            RequestId = record.RequestId, PrevHash = record.PrevHash, Hash = hash,
        };
    }

    /// <summary>A page of entries matching <paramref name="filter"/>, newest first.</summary>
    public Task<PageResult<AuditRecord>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        // Only the filters given become conditions, so each query can use its index.
        var conditions = new List<string>();
        var args = new DynamicParameters();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            args.Add(name, value);
        }
        if (filter.UserId is { } userId)
        {
            Add("user_id = @userId", "userId", userId);
        }
        if (filter.Action is { } action)
        {
            Add("action = @action", "action", action);
        }
        if (filter.ResourceType is { } resourceType)
        {
            Add("resource_type = @resourceType", "resourceType", resourceType);
        }
        if (filter.ResourceId is { } resourceId)
        {
            Add("resource_id = @resourceId", "resourceId", resourceId);
        }
        if (filter.From is { } from)
        {
            Add("created_at >= @from", "from", from);
        }
        if (filter.To is { } to)
        {
            Add("created_at <= @to", "to", to);
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        return PagedQuery.RunAsync<AuditRecord>(db, Columns, "audit_log", where, "id DESC", args, page, cancellationToken);
    }

    /// <summary>Walks the chain in id order and reports the first entry that is broken: one
    /// whose stored hash differs from the hash of its content, or whose <c>prev_hash</c> is not
    /// the hash of the entry before it. It also checks the chain against its recorded head, which
    /// shows entries cut from the end or written past it by hand. Reads one consistent snapshot,
    /// so appends running meanwhile neither block nor confuse it.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        var (headId, headHash) = await connection.QuerySingleAsync<(long, string)>(new CommandDefinition(
            "SELECT head_id, head_hash FROM audit_chain WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));
        var previous = AuditHash.Genesis;
        long lastId = 0;
        long entries = 0;
        while (true)
        {
            var rows = (await connection.QueryAsync<AuditRecord>(new CommandDefinition(
                $"SELECT {Columns} FROM audit_log WHERE id > @lastId ORDER BY id LIMIT @batch",
                new { lastId, batch = VerifyBatch }, transaction, cancellationToken: cancellationToken))).AsList();
            foreach (var row in rows)
            {
                entries++;
                if (row.Id > headId)
                {
                    return AuditVerification.Broken(row.Id, AuditBreak.UnrecordedEntry, entries);
                }
                if (!string.Equals(AuditHash.Compute(row), row.Hash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(row.Id, AuditBreak.HashMismatch, entries);
                }
                if (!string.Equals(row.PrevHash, previous, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(row.Id, AuditBreak.PrevHashMismatch, entries);
                }
                previous = row.Hash;
                lastId = row.Id;
            }
            if (rows.Count < VerifyBatch)
            {
                break;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return lastId == headId && string.Equals(previous, headHash, StringComparison.Ordinal)
            ? AuditVerification.Intact(entries)
            : AuditVerification.Broken(headId, AuditBreak.MissingEntries, entries);
    }

    // PostgreSQL: REPEATABLE READ keeps one snapshot for every statement. SQLite: a deferred
    // transaction reads one WAL snapshot and, unlike the default (immediate) one, takes no write
    // lock, so appends go on while a long chain is checked.
    private static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    // Column sizes of M0005: PostgreSQL refuses longer text, and the hash must cover exactly
    // what is stored.
    private static AuditRecord Fit(AuditEntry entry, DateTimeOffset createdAt, string prevHash) => new()
    {
        CreatedAt = createdAt,
        UserId = entry.UserId,
        Username = Optional(entry.Username, 255),
        Action = StoredText.Fit(entry.Action, 50),
        ResourceType = Optional(entry.ResourceType, 30),
        ResourceId = Optional(entry.ResourceId, 64),
        Summary = Optional(entry.Summary, int.MaxValue),
        Ip = Optional(entry.Ip, 64),
        RequestId = Optional(entry.RequestId, 128),
        PrevHash = prevHash,
    };

    private static string? Optional(string? value, int maxLength) => value is null ? null : StoredText.Fit(value, maxLength);
}
