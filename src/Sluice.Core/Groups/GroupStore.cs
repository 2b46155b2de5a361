using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Groups;

/// <summary>Reads and writes groups and the APIs they grant.</summary>
public sealed class GroupStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, name, description, is_active, created_at, updated_at";

    /// <summary>A page of groups, optionally filtered.</summary>
    public Task<PageResult<GroupRecord>> ListAsync(string? nameContains, bool? isActive, IReadOnlyCollection<long>? onlyIds, PageRequest page,
        CancellationToken cancellationToken) =>
        PagedQuery.RunAsync<GroupRecord>(db, Columns, "groups",
            "WHERE (@name IS NULL OR lower(name) LIKE @name) AND (@isActive IS NULL OR is_active = @isActive)", "name",
            new { name = PagedQuery.Contains(nameContains), isActive }, page, cancellationToken, onlyIds);

    /// <summary>One group, or null.</summary>
    public Task<GroupRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<GroupRecord>(db, Columns, "groups", id, cancellationToken);

    /// <summary>The APIs a group grants.</summary>
    public async Task<IReadOnlyList<long>> ApiIdsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT api_id FROM group_apis WHERE group_id = @id ORDER BY api_id", new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Which of <paramref name="ids"/> name no group.</summary>
    public Task<IReadOnlyList<long>> MissingAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        MissingIds.FindAsync(db, "groups", ids, cancellationToken);

    /// <summary>Creates a group; null when the name is taken.</summary>
    public async Task<GroupRecord?> CreateAsync(GroupFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO groups (name, description, is_active, created_at, updated_at) VALUES (@Name, @Description, @IsActive, @now, @now) RETURNING id",
                new { fields.Name, fields.Description, fields.IsActive, now }, transaction, cancellationToken: cancellationToken));
            await ReplaceApisAsync(connection, transaction, newId, fields.ApiIds, cancellationToken);
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return newId;
        }, cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Replaces a group's fields and APIs; false when the new name is taken.</summary>
    public async Task<bool> UpdateAsync(long id, GroupFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE groups SET name = @Name, description = @Description, is_active = @IsActive, updated_at = @now WHERE id = @id",
                new { id, fields.Name, fields.Description, fields.IsActive, now }, transaction, cancellationToken: cancellationToken));
            await ReplaceApisAsync(connection, transaction, id, fields.ApiIds, cancellationToken);
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Deletes a group (its clients keep their direct grants).</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM groups WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ReplaceApisAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long id,
        IReadOnlyList<long> apiIds, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM group_apis WHERE group_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        foreach (var apiId in apiIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO group_apis (group_id, api_id) VALUES (@id, @apiId)", new { id, apiId }, transaction, cancellationToken: cancellationToken));
        }
    }
}
