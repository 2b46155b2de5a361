using Sluice.Core.Permissions;

namespace Sluice.Server.Management.Roles;

/// <summary>Nobody hands out, takes away or takes over rights they do not hold: a non-superuser
/// may only grant, edit or revoke permissions their own roles already cover.</summary>
internal static class Escalation
{
    /// <summary>Why granting <paramref name="granted"/> is refused, or null when it is allowed.</summary>
    public static string? Check(UserPermissions? caller, IEnumerable<PermissionGrant> granted) =>
        NotHeld(caller, granted) is { } beyond ? $"You cannot grant permissions you do not hold: {beyond}." : null;

    /// <summary>The permissions among <paramref name="grants"/> the caller lacks, listed for a
    /// message, or null when they hold them all.</summary>
    public static string? NotHeld(UserPermissions? caller, IEnumerable<PermissionGrant> grants)
    {
        var beyond = caller?.NotHeld(grants) ?? [];
        return beyond.Count == 0 ? null : string.Join(", ", beyond.Select(grant => grant.ToString()));
    }
}
