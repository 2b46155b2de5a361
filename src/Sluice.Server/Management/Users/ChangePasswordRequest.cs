namespace Sluice.Server.Management.Users;

/// <summary>The caller's current password and the one to replace it.</summary>
internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
