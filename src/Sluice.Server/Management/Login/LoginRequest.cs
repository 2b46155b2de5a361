using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Login;

/// <summary>Login credentials, as JSON or as a form.</summary>
internal sealed record LoginRequest(
    [property: Required, Description("The user's login name.")] string Username,
    [property: Required, Description("The user's password.")] string Password);
