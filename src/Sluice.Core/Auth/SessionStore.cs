using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Auth;

/// <summary>Login sessions and their rotating refresh tokens. A session is one token family:
/// presenting a refresh token that was already rotated revokes the whole family, because one
/// of its two holders is a thief.</summary>
public sealed class SessionStore(MetadataDb db, TimeProvider time)
{
    private const string RevokeSql = "UPDATE auth_sessions SET revoked_at = @now, revoked_reason = @reason WHERE revoked_at IS NULL AND ";

    /// <summary>Starts a session for a user and returns it with its first refresh token.</summary>
    public async Task<IssuedSession> StartAsync(long userId, TimeSpan lifetime, string? ip, string? userAgent, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var sessionId = Guid.NewGuid().ToString();
        var token = NewToken();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO auth_sessions (id, user_id, created_at, expires_at, ip, user_agent)
            VALUES (@sessionId, @userId, @now, @expires, @ip, @userAgent)
            """,
            new { sessionId, userId, now, expires = now + lifetime, ip = Truncate(ip, 64), userAgent = Truncate(userAgent, 255) },
            transaction, cancellationToken: cancellationToken));
        await InsertTokenAsync(connection, transaction, sessionId, token, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IssuedSession(userId, sessionId, token);
    }

    /// <summary>Exchanges a refresh token for a new one in the same session.</summary>
    public async Task<RefreshOutcome> RotateAsync(string refreshToken, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refreshToken);
        var now = time.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
            """
            SELECT t.id, t.session_id, t.used_at, s.user_id, s.revoked_at, s.expires_at
            FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
            WHERE t.token_hash = @hash
            """,
            new { hash = HashToken(refreshToken) }, transaction, cancellationToken: cancellationToken));
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now)
        {
            return new RefreshOutcome(RefreshResult.Invalid, null);
        }
        // The conditional update makes two concurrent uses of one token count as reuse.
        var claimed = row.UsedAt is null && await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE refresh_tokens SET used_at = @now WHERE id = @Id AND used_at IS NULL",
            new { now, row.Id }, transaction, cancellationToken: cancellationToken)) == 1;
        if (!claimed)
        {
            await connection.ExecuteAsync(new CommandDefinition(RevokeSql + "id = @SessionId",
                new { row.SessionId, reason = "refresh_token_reuse", now }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new RefreshOutcome(RefreshResult.ReuseDetected, null);
        }
        var token = NewToken();
        await InsertTokenAsync(connection, transaction, row.SessionId, token, now, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE auth_sessions SET expires_at = @expires WHERE id = @SessionId",
            new { expires = now + lifetime, row.SessionId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RefreshOutcome(RefreshResult.Rotated, new IssuedSession(row.UserId, row.SessionId, token));
    }

    /// <summary>Ends one session (logout).</summary>
    public async Task RevokeAsync(string sessionId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RevokeSql + "id = @sessionId",
            new { sessionId, reason, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>Ends every session of a user except <paramref name="keepSessionId"/>.</summary>
    public async Task RevokeOthersAsync(long userId, string keepSessionId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RevokeSql + "user_id = @userId AND id <> @keepSessionId",
            new { userId, keepSessionId, reason, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>The session's user when the session is live (not revoked, not expired) and
    /// the user is still active.</summary>
    public async Task<long?> FindLiveUserAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            SELECT s.user_id FROM auth_sessions s JOIN users u ON u.id = s.user_id
            WHERE s.id = @sessionId AND s.revoked_at IS NULL AND s.expires_at > @now AND u.is_active = @active
            """,
            new { sessionId, now = time.GetUtcNow(), active = true }, cancellationToken: cancellationToken));
    }

    /// <summary>SHA-256 of the token: refresh tokens are random, so a fast hash suffices.</summary>
    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static Task<int> InsertTokenAsync(DbConnection connection, DbTransaction transaction, string sessionId, string token, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO refresh_tokens (session_id, token_hash, created_at) VALUES (@sessionId, @hash, @now)",
            new { sessionId, hash = HashToken(token), now }, transaction, cancellationToken: cancellationToken));

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    private sealed class TokenRow
    {
        public long Id { get; init; }
        public string SessionId { get; init; } = "";
        public DateTimeOffset? UsedAt { get; init; }
        public long UserId { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
    }
}
