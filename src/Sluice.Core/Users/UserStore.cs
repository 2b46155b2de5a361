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
    public Task<UserRecord?> FindByIdAsync(long id, CancellationToken cancellationToken = default) =>
        RowById.FindAsync<UserRecord>(db, Columns, "users", id, cancellationToken);

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

    /// <summary>A page of users.</summary>
    public Task<PageResult<UserRecord>> ListAsync(string? usernameContains, bool? isActive, IReadOnlyCollection<long>? onlyIds, PageRequest page,
        CancellationToken cancellationToken) =>
        PagedQuery.RunAsync<UserRecord>(db, Columns, "users",
            "WHERE (@name IS NULL OR username LIKE @name) AND (@isActive IS NULL OR is_active = @isActive)", "username",
            new { name = PagedQuery.Contains(usernameContains), isActive }, page, cancellationToken, onlyIds);

    /// <summary>Replaces a user's profile fields (and password when given); false when the username is taken.</summary>
    public async Task<bool> UpdateAsync(long id, string username, string? email, string? fullName, bool isActive, bool isSuperuser, string? password,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = password is null ? null : PasswordHasher.Hash(password);
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE users SET username = @username, email = @email, full_name = @fullName, is_active = @isActive, is_superuser = @isSuperuser,
                    password_hash = COALESCE(@hash, password_hash), updated_at = @now
                WHERE id = @id
                """, new { id, username = Normalize(username), email, fullName, isActive, isSuperuser, hash, now }, transaction, cancellationToken: cancellationToken));
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Deletes a user with their sessions and role assignments.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The roles a user holds.</summary>
    public async Task<IReadOnlyList<long>> RoleIdsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT role_id FROM user_roles WHERE user_id = @id ORDER BY role_id", new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Replaces the roles a user holds.</summary>
    public async Task SetRolesAsync(long id, IReadOnlyList<long> roleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roleIds);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM user_roles WHERE user_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        foreach (var roleId in roleIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO user_roles (user_id, role_id) VALUES (@id, @roleId)", new { id, roleId }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The form usernames are compared in.</summary>
    public static string Normalize(string username) => (username ?? "").Trim().ToLowerInvariant();
}
