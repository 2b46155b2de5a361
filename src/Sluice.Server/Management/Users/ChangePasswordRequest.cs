using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Users;

/// <summary>The caller's current password and the one to replace it.</summary>
internal sealed record ChangePasswordRequest(
    [property: Required, Description("The password the caller logs in with now.")] string? CurrentPassword,
    [property: Required, Description("The new password; must satisfy the password policy.")] string? NewPassword);
