using Dapper;
using Sluice.Core.Storage;
using Sluice.Core.Users;

namespace Sluice.Core.Auth;

/// <summary>Locks a username after repeated failed logins, for a cooldown that doubles with
/// each lockout (1 min, 2, 4 … capped at 1 h). Counters are keyed by the name typed, whether
/// or not such a user exists, so a lockout reveals nothing.</summary>
public sealed class LoginThrottle(MetadataDb db, TimeProvider time)
{
    /// <summary>Consecutive failures that lock the username.</summary>
    public const int FailuresBeforeLockout = 5;

    private static readonly TimeSpan BaseCooldown = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxCooldown = TimeSpan.FromHours(1);

    /// <summary>How long the username stays locked, or null when it is not locked.</summary>
    public async Task<TimeSpan?> LockedForAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var lockedUntil = await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            "SELECT locked_until FROM login_failures WHERE username_key = @key AND locked_until IS NOT NULL",
            new { key = UserStore.Normalize(username) }, cancellationToken: cancellationToken));
        var now = time.GetUtcNow();
        return lockedUntil > now ? lockedUntil - now : null;
    }

    /// <summary>Counts a failure; returns the cooldown when this failure locked the username.</summary>
    public async Task<TimeSpan?> RecordFailureAsync(string username, CancellationToken cancellationToken = default)
    {
        var key = UserStore.Normalize(username);
        var now = time.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One atomic upsert, so concurrent failures are all counted.
        var (failures, lockouts) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(
            """
            INSERT INTO login_failures (username_key, failures, lockouts, updated_at) VALUES (@key, 1, 0, @now)
            ON CONFLICT (username_key) DO UPDATE SET failures = login_failures.failures + 1, updated_at = @now
            RETURNING failures, lockouts
            """,
            new { key, now }, transaction, cancellationToken: cancellationToken));
        TimeSpan? cooldown = null;
        if (failures >= FailuresBeforeLockout)
        {
            var ticks = Math.Min(MaxCooldown.Ticks, BaseCooldown.Ticks << Math.Min(lockouts, 20));
            cooldown = TimeSpan.FromTicks(ticks);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE login_failures SET failures = 0, lockouts = lockouts + 1, locked_until = @until WHERE username_key = @key",
                new { key, until = now + cooldown.Value }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return cooldown;
    }

    /// <summary>A successful login clears the username's failures and lockout history.</summary>
    public async Task ResetAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM login_failures WHERE username_key = @key",
            new { key = UserStore.Normalize(username) }, cancellationToken: cancellationToken));
    }
}
