using Sluice.Core.Users;

namespace Sluice.Core.Auth;

/// <summary>Checks a username and password with lockout, spending the same effort whether
/// or not the username exists.</summary>
public sealed class PasswordLogin(UserStore users, LoginThrottle throttle)
{
    /// <summary>Attempts a login.</summary>
    public async Task<LoginOutcome> AttemptAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        if (await throttle.LockedForAsync(username, cancellationToken) is { } wait)
        {
            return new LoginOutcome(LoginResult.LockedOut, RetryAfter: wait);
        }
        var user = await users.FindByUsernameAsync(username, cancellationToken);
        var valid = false;
        if (user is null)
        {
            PasswordHasher.VerifyDecoy(password);
        }
        else
        {
            valid = PasswordHasher.Verify(password, user.PasswordHash);
        }
        if (!valid)
        {
            await throttle.RecordFailureAsync(username, cancellationToken);
            return new LoginOutcome(LoginResult.InvalidCredentials);
        }
        await throttle.ResetAsync(username, cancellationToken);
        return user!.IsActive ? new LoginOutcome(LoginResult.Success, user) : new LoginOutcome(LoginResult.Inactive);
    }
}
