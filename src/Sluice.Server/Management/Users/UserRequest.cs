using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Users;

/// <summary>A user as an admin writes it; on update, absent fields keep their value.</summary>
internal sealed record UserRequest(
    [property: Required, Description("A unique login name, up to 150 characters.")] string? Username,
    [property: Required, Description("Write-only; must satisfy the password policy.")] string? Password,
    [property: Description("An e-mail address.")] string? Email,
    [property: Description("The name shown in the dashboard.")] string? FullName,
    [property: Description("An inactive user cannot log in and is signed out everywhere.")] bool? IsActive,
    [property: Description("A superuser may do everything.")] bool? IsSuperuser,
    [property: Description("The roles whose permissions the user holds.")] long[]? RoleIds);
