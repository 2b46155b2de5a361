namespace Sluice.Core.Permissions;

/// <summary>What a permission is about. Wire names are snake_case (<c>access_log</c>).</summary>
public enum ResourceType
{
    /// <summary>Datasources.</summary>
    Datasource,
    /// <summary>Modules.</summary>
    Module,
    /// <summary>Client groups.</summary>
    Group,
    /// <summary>APIs and their versions.</summary>
    Api,
    /// <summary>Macros and their versions.</summary>
    Macro,
    /// <summary>Gateway clients.</summary>
    Client,
    /// <summary>Dashboard users.</summary>
    User,
    /// <summary>Roles.</summary>
    Role,
    /// <summary>Access records.</summary>
    AccessLog,
    /// <summary>Dashboard overview figures.</summary>
    Overview,
    /// <summary>The audit trail.</summary>
    Audit,
    /// <summary>Webhooks.</summary>
    Webhook,
}
