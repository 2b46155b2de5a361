using System.Globalization;

namespace Sluice.Core.Permissions;

/// <summary>Everything a user may do: superusers pass every check.</summary>
public sealed class UserPermissions(bool isSuperuser, IReadOnlyList<PermissionGrant> grants)
{
    /// <summary>True for superusers.</summary>
    public bool IsSuperuser { get; } = isSuperuser;

    /// <summary>The user's grants through their roles.</summary>
    public IReadOnlyList<PermissionGrant> Grants { get; } = grants;

    /// <summary>True when the user may do <paramref name="action"/> on <paramref name="resource"/>
    /// (on the one with <paramref name="resourceId"/>, or — when null — on all of them).</summary>
    public bool Allows(ResourceType resource, PermissionAction action, string? resourceId) =>
        IsSuperuser || Grants.Any(grant => grant.Covers(new PermissionGrant(resource, action, resourceId)));

    /// <summary>True when the user may do <paramref name="action"/> on at least one <paramref name="resource"/>.</summary>
    public bool AllowsAny(ResourceType resource, PermissionAction action) =>
        IsSuperuser || Grants.Any(grant => grant.Resource == resource && grant.Action == action);

    /// <summary>The grants among <paramref name="grants"/> this user does not hold (none for a
    /// superuser): what they would gain by handing them out or lose control of by changing them.</summary>
    public IReadOnlyList<PermissionGrant> NotHeld(IEnumerable<PermissionGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return IsSuperuser ? [] : grants.Where(grant => !Grants.Any(own => own.Covers(grant))).Distinct().ToArray();
    }

    /// <summary>Null when every resource of the type is readable, else the ids that are.</summary>
    public IReadOnlyCollection<long>? ReadableIds(ResourceType resource)
    {
        if (Allows(resource, PermissionAction.Read, null))
        {
            return null;
        }
        return Grants.Where(grant => grant.Resource == resource && grant.Action == PermissionAction.Read && grant.ResourceId is not null)
            .Select(grant => long.TryParse(grant.ResourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Where(id => id >= 0).ToHashSet();
    }
}
