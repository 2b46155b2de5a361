using Sluice.Core.Permissions;

namespace Sluice.Server.Management.Roles;

/// <summary>Nobody hands out rights they do not hold: a non-superuser may only grant
/// permissions their own roles already cover.</summary>
internal static class Escalation
{
    public static string? Check(UserPermissions? caller, IEnumerable<PermissionGrant> granted)
    {
        if (caller is null || caller.IsSuperuser)
        {
            return null;
        }
        var beyond = granted.Where(grant => !caller.Grants.Any(own => own.Covers(grant))).ToArray();
        return beyond.Length == 0 ? null : $"You cannot grant permissions you do not hold: {string.Join(", ", beyond.Select(g => g.ToString()))}.";
    }
}
