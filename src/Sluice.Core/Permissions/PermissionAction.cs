namespace Sluice.Core.Permissions;

/// <summary>What a permission allows.</summary>
public enum PermissionAction
{
    /// <summary>List and view.</summary>
    Read,
    /// <summary>Create.</summary>
    Create,
    /// <summary>Change.</summary>
    Update,
    /// <summary>Delete.</summary>
    Delete,
    /// <summary>Publish, debug, test a connection, and other actions that run something.</summary>
    Execute,
}
