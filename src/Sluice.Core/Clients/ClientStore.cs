using System.Data.Common;
using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Clients;

/// <summary>Reads and writes clients, their secrets and their grants.</summary>
public sealed class ClientStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, client_id, name, description, secret_hash, secret_version, rate_limit_per_minute, max_concurrent, " +
        "token_expire_seconds, is_active, created_at, updated_at";

    /// <summary>A page of clients, optionally filtered.</summary>
    public Task<PageResult<ClientRecord>> ListAsync(string? nameContains, bool? isActive, IReadOnlyCollection<long>? onlyIds, PageRequest page,
        CancellationToken cancellationToken) =>
        PagedQuery.RunAsync<ClientRecord>(db, Columns, "clients",
            "WHERE (@name IS NULL OR lower(name) LIKE @name) AND (@isActive IS NULL OR is_active = @isActive)", "name",
            new { name = PagedQuery.Contains(nameContains), isActive }, page, cancellationToken, onlyIds);

    /// <summary>One client by row id, or null.</summary>
    public Task<ClientRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<ClientRecord>(db, Columns, "clients", id, cancellationToken);

    /// <summary>One client by its public client id, or null.</summary>
    public async Task<ClientRecord?> FindByClientIdAsync(string clientId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ClientRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM clients WHERE client_id = @clientId", new { clientId }, cancellationToken: cancellationToken));
    }

    /// <summary>The client's direct grants and groups.</summary>
    public async Task<(IReadOnlyList<long> ApiIds, IReadOnlyList<long> GroupIds)> LinksAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var apis = await connection.QueryAsync<long>(new CommandDefinition("SELECT api_id FROM client_apis WHERE client_id = @id ORDER BY api_id", new { id }, cancellationToken: cancellationToken));
        var groups = await connection.QueryAsync<long>(new CommandDefinition("SELECT group_id FROM client_groups WHERE client_id = @id ORDER BY group_id", new { id }, cancellationToken: cancellationToken));
        return (apis.AsList(), groups.AsList());
    }

    /// <summary>Creates a client with a new id and secret; null when the name is taken. The
    /// plain secret is returned here and never again.</summary>
    public async Task<(ClientRecord Client, string Secret)?> CreateAsync(ClientFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var secret = ClientSecrets.NewSecret();
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO clients (client_id, name, description, secret_hash, secret_version, rate_limit_per_minute, max_concurrent,
                    token_expire_seconds, is_active, created_at, updated_at)
                VALUES (@clientId, @Name, @Description, @hash, 1, @RateLimitPerMinute, @MaxConcurrent, @TokenExpireSeconds, @IsActive, @now, @now)
                RETURNING id
                """, new { clientId = ClientSecrets.NewClientId(), fields.Name, fields.Description, hash = ClientSecrets.Hash(secret),
                    fields.RateLimitPerMinute, fields.MaxConcurrent, fields.TokenExpireSeconds, fields.IsActive, now },
                transaction, cancellationToken: cancellationToken));
            await ReplaceLinksAsync(connection, transaction, newId, fields, cancellationToken);
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return newId;
        }, cancellationToken);
        return id is null ? null : ((await FindAsync(id.Value, cancellationToken))!, secret);
    }

    /// <summary>Replaces a client's fields and grants; false when the new name is taken. Saving
    /// the client as inactive bumps its secret version, so the tokens issued before stay dead
    /// when it is reactivated.</summary>
    public async Task<bool> UpdateAsync(long id, ClientFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE clients SET name = @Name, description = @Description, rate_limit_per_minute = @RateLimitPerMinute,
                    max_concurrent = @MaxConcurrent, token_expire_seconds = @TokenExpireSeconds, is_active = @IsActive,
                    secret_version = secret_version + @revoke, updated_at = @now
                WHERE id = @id
                """, new { id, fields.Name, fields.Description, fields.RateLimitPerMinute, fields.MaxConcurrent, fields.TokenExpireSeconds, fields.IsActive,
                    revoke = fields.IsActive ? 0 : 1, now },
                transaction, cancellationToken: cancellationToken));
            await ReplaceLinksAsync(connection, transaction, id, fields, cancellationToken);
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Gives the client a new secret (returned once); every earlier token dies.</summary>
    public async Task<string> RotateSecretAsync(long id, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.NewSecret();
        var now = time.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE clients SET secret_hash = @hash, secret_version = secret_version + 1, updated_at = @now WHERE id = @id",
            new { id, hash = ClientSecrets.Hash(secret), now }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return secret;
    }

    /// <summary>Deletes a client and its grants.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM clients WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every client with the APIs it may call (direct grants plus active groups'), for the snapshot.</summary>
    public async Task<IReadOnlyList<ClientGrant>> GrantsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var clients = await connection.QueryAsync<ClientRecord>(new CommandDefinition($"SELECT {Columns} FROM clients", cancellationToken: cancellationToken));
        var links = await connection.QueryAsync<(long ClientId, long ApiId)>(new CommandDefinition(
            """
            SELECT client_id, api_id FROM client_apis
            UNION
            SELECT cg.client_id, ga.api_id FROM client_groups cg
              JOIN groups g ON g.id = cg.group_id AND g.is_active = @active
              JOIN group_apis ga ON ga.group_id = g.id
            """, new { active = true }, cancellationToken: cancellationToken));
        var byClient = links.GroupBy(link => link.ClientId).ToDictionary(g => g.Key, g => (IReadOnlySet<long>)g.Select(link => link.ApiId).ToHashSet());
        return clients.Select(client => new ClientGrant(client, byClient.GetValueOrDefault(client.Id) ?? new HashSet<long>())).ToArray();
    }

    private static async Task ReplaceLinksAsync(DbConnection connection, DbTransaction transaction, long id, ClientFields fields, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM client_apis WHERE client_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM client_groups WHERE client_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        foreach (var apiId in fields.ApiIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO client_apis (client_id, api_id) VALUES (@id, @apiId)", new { id, apiId }, transaction, cancellationToken: cancellationToken));
        }
        foreach (var groupId in fields.GroupIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO client_groups (client_id, group_id) VALUES (@id, @groupId)", new { id, groupId }, transaction, cancellationToken: cancellationToken));
        }
    }
}
