using System.Data.Common;
using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Permissions;

/// <summary>Reads what a user may do from their roles.</summary>
public sealed class PermissionStore(MetadataDb db)
{
    /// <summary>The user's permissions; an unknown or inactive user has none.</summary>
    public async Task<UserPermissions> ForUserAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var superuser = await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            "SELECT is_superuser FROM users WHERE id = @userId AND is_active = @active", new { userId, active = true }, cancellationToken: cancellationToken));
        return new UserPermissions(superuser == true, await GrantsAsync(connection, userId, cancellationToken));
    }

    /// <summary>The grants of the user's roles whether or not the user is active: what someone
    /// takes control of by changing this user.</summary>
    public async Task<IReadOnlyList<PermissionGrant>> GrantsOfAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await GrantsAsync(connection, userId, cancellationToken);
    }

    private static async Task<List<PermissionGrant>> GrantsAsync(DbConnection connection, long userId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Resource, string Action, string? ResourceId)>(new CommandDefinition(
            """
            SELECT p.resource_type, p.action, p.resource_id FROM user_roles ur JOIN role_permissions p ON p.role_id = ur.role_id
            WHERE ur.user_id = @userId
            """, new { userId }, cancellationToken: cancellationToken));
        var grants = new List<PermissionGrant>();
        foreach (var (resource, action, resourceId) in rows)
        {
            if (PermissionNames.ParseResource(resource) is { } type && PermissionNames.ParseAction(action) is { } verb)
            {
                grants.Add(new PermissionGrant(type, verb, resourceId));
            }
        }
        return grants;
    }
}
