using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Login;

/// <summary>A refresh token to exchange, as JSON or as a form.</summary>
internal sealed record RefreshRequest([property: Required, Description("The refresh_token from the last login or refresh; each is used once.")] string RefreshToken);
