namespace Sluice.Server.Management.Roles;

/// <summary>A role as an admin writes it; on update, absent fields keep their value. A
/// permission may arrive as null (<c>[null]</c>); validation names it.</summary>
internal sealed record RoleRequest(string? Name, string? Description, PermissionBody?[]? Permissions);
