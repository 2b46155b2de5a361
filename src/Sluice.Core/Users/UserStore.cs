using Dapper;
using Sluice.Core.Auth;
using Sluice.Core.Storage;

namespace Sluice.Core.Users;

/// <summary>Reads and writes users in the metadata store.</summary>
public sealed class UserStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, username, email, full_name, password_hash, is_active, is_superuser, created_at, updated_at";

    /// <summary>Finds a user by login name, ignoring case (names are stored normalized).</summary>
    public async Task<UserRecord?> FindByUsernameAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE username = @username", new { username = Normalize(username) }, cancellationToken: cancellationToken));
    }

    /// <summary>Finds a user by id.</summary>
    public async Task<UserRecord?> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Creates a user with a hashed password and returns it.</summary>
    public async Task<UserRecord> CreateAsync(NewUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO users (username, email, full_name, password_hash, is_active, is_superuser, created_at, updated_at)
            VALUES (@Username, @Email, @FullName, @PasswordHash, @IsActive, @IsSuperuser, @Now, @Now) RETURNING id
            """,
            new { Username = Normalize(user.Username), user.Email, user.FullName, PasswordHash = PasswordHasher.Hash(user.Password), user.IsActive, user.IsSuperuser, Now = now },
            cancellationToken: cancellationToken));
        return (await FindByIdAsync(id, cancellationToken))!;
    }

    /// <summary>Replaces a user's password hash.</summary>
    public async Task SetPasswordAsync(long id, string password, CancellationToken cancellationToken = default)
    {
        var hash = PasswordHasher.Hash(password);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @hash, updated_at = @now WHERE id = @id",
            new { id, hash, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>The form usernames are compared in.</summary>
    public static string Normalize(string username) => (username ?? "").Trim().ToLowerInvariant();
}
