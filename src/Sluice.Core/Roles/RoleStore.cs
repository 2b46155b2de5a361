using Dapper;
using Sluice.Core.Permissions;
using Sluice.Core.Storage;

namespace Sluice.Core.Roles;

/// <summary>Reads and writes roles and their permissions.</summary>
public sealed class RoleStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, name, description, is_builtin, created_at, updated_at";

    /// <summary>A page of roles.</summary>
    public Task<PageResult<RoleRecord>> ListAsync(string? nameContains, IReadOnlyCollection<long>? onlyIds, PageRequest page, CancellationToken cancellationToken) =>
        PagedQuery.RunAsync<RoleRecord>(db, Columns, "roles", "WHERE (@name IS NULL OR lower(name) LIKE @name)", "name",
            new { name = PagedQuery.Contains(nameContains) }, page, cancellationToken, onlyIds);

    /// <summary>One role, or null.</summary>
    public Task<RoleRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<RoleRecord>(db, Columns, "roles", id, cancellationToken);

    /// <summary>A role's permissions.</summary>
    public async Task<IReadOnlyList<PermissionGrant>> PermissionsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Resource, string Action, string? ResourceId)>(new CommandDefinition(
            "SELECT resource_type, action, resource_id FROM role_permissions WHERE role_id = @id ORDER BY resource_type, action, resource_id",
            new { id }, cancellationToken: cancellationToken));
        return rows.Select(row => new PermissionGrant(PermissionNames.ParseResource(row.Resource)!.Value, PermissionNames.ParseAction(row.Action)!.Value, row.ResourceId))
            .ToArray();
    }

    /// <summary>Which of <paramref name="ids"/> name no role.</summary>
    public Task<IReadOnlyList<long>> MissingAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        MissingIds.FindAsync(db, "roles", ids, cancellationToken);

    /// <summary>Creates a role; null when the name is taken.</summary>
    public async Task<RoleRecord?> CreateAsync(string name, string? description, IReadOnlyList<PermissionGrant> permissions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO roles (name, description, is_builtin, created_at, updated_at) VALUES (@name, @description, @builtin, @now, @now) RETURNING id",
                new { name, description, builtin = false, now }, transaction, cancellationToken: cancellationToken));
            await ReplacePermissionsAsync(connection, transaction, newId, permissions, cancellationToken);
            return newId;
        }, cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Replaces a role's fields and permissions; false when the new name is taken.</summary>
    public async Task<bool> UpdateAsync(long id, string name, string? description, IReadOnlyList<PermissionGrant> permissions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE roles SET name = @name, description = @description, updated_at = @now WHERE id = @id",
                new { id, name, description, now }, transaction, cancellationToken: cancellationToken));
            await ReplacePermissionsAsync(connection, transaction, id, permissions, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Deletes a role (its users lose what it granted).</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM roles WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    private static async Task ReplacePermissionsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long id,
        IReadOnlyList<PermissionGrant> permissions, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM role_permissions WHERE role_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        foreach (var grant in permissions.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO role_permissions (role_id, resource_type, action, resource_id) VALUES (@id, @resource, @action, @ResourceId)",
                new { id, resource = grant.Resource.Name(), action = grant.Action.Name(), grant.ResourceId }, transaction, cancellationToken: cancellationToken));
        }
    }
}
