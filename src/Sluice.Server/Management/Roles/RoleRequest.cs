namespace Sluice.Server.Management.Roles;

/// <summary>A role as an admin writes it; on update, absent fields keep their value.</summary>
internal sealed record RoleRequest(string? Name, string? Description, PermissionBody[]? Permissions);
