namespace Sluice.Server.Management.Users;

/// <summary>A user as an admin writes it; on update, absent fields keep their value.</summary>
internal sealed record UserRequest(string? Username, string? Password, string? Email, string? FullName, bool? IsActive, bool? IsSuperuser, long[]? RoleIds);
