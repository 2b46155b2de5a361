using Sluice.Core.Users;

namespace Sluice.Core.Auth;

/// <summary>A login attempt's result, the user on success, and the wait when locked out.</summary>
/// <param name="Result">How it ended.</param>
/// <param name="User">The user, on success.</param>
/// <param name="RetryAfter">How long until the username unlocks, when locked out.</param>
public sealed record LoginOutcome(LoginResult Result, UserRecord? User = null, TimeSpan? RetryAfter = null);
