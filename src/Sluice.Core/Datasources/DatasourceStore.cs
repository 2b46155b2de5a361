using Dapper;
using Sluice.Core.Security;
using Sluice.Core.Storage;

namespace Sluice.Core.Datasources;

/// <summary>Reads and writes datasources; passwords and secret options are sealed before they are stored.</summary>
public sealed class DatasourceStore(MetadataDb db, SecretBox secrets, TimeProvider time)
{
    private const string Columns = "id, name, product_type, host, port, database, username, password_encrypted, options, description, is_active, created_at, updated_at, last_error, last_error_at, last_ok_at";

    /// <summary>The longest <c>last_error</c> kept.</summary>
    public const int LastErrorLength = 1000;

    /// <summary>A page of datasources, optionally filtered by name substring, engine and state.</summary>
    public async Task<PageResult<DatasourceRecord>> ListAsync(string? nameContains, string? productType, bool? isActive, IReadOnlyCollection<long>? onlyIds,
        PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        const string where = """
            WHERE (@name IS NULL OR lower(name) LIKE @name)
              AND (@productType IS NULL OR product_type = @productType)
              AND (@isActive IS NULL OR is_active = @isActive)
            """;
        return await PagedQuery.RunAsync<DatasourceRecord>(db, Columns, "datasources", where, "name",
            new { name = PagedQuery.Contains(nameContains), productType, isActive }, page, cancellationToken, onlyIds);
    }

    /// <summary>Every datasource, for building the gateway snapshot.</summary>
    public async Task<IReadOnlyList<DatasourceRecord>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<DatasourceRecord>(new CommandDefinition($"SELECT {Columns} FROM datasources", cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One datasource, or null.</summary>
    public Task<DatasourceRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<DatasourceRecord>(db, Columns, "datasources", id, cancellationToken);

    /// <summary>Creates a datasource; null when the name is taken.</summary>
    public async Task<DatasourceRecord?> CreateAsync(DatasourceFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        long? id = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO datasources (name, product_type, host, port, database, username, password_encrypted, options, description, is_active, created_at, updated_at)
                VALUES (@Name, @ProductType, @Host, @Port, @Database, @Username, @PasswordEncrypted, @Options, @Description, @IsActive, @now, @now)
                RETURNING id
                """, Row(fields, fields.Password is { Length: > 0 } password ? secrets.Seal(password) : null, SecretOptions.Seal(fields.Options, null, secrets), now),
                transaction, cancellationToken: cancellationToken));
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return newId;
        }, cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Replaces a datasource's fields; false when the new name is taken.</summary>
    public async Task<bool> UpdateAsync(DatasourceRecord current, DatasourceFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var password = fields.Password switch
        {
            null => current.PasswordEncrypted,
            "" => null,
            var plain => secrets.Seal(plain),
        };
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            var args = Row(fields, password, SecretOptions.Seal(fields.Options, current.Options, secrets), now);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE datasources SET name = @Name, product_type = @ProductType, host = @Host, port = @Port, database = @Database,
                    username = @Username, password_encrypted = @PasswordEncrypted, options = @Options, description = @Description,
                    is_active = @IsActive, updated_at = @now
                WHERE id = @id
                """, new DynamicParameters(args).With("id", current.Id), transaction, cancellationToken: cancellationToken));
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Stores what this node's traffic saw of a datasource, never moving a time
    /// backwards (another node may have seen something newer). Not a definition change: no
    /// gateway revision, no <c>updated_at</c>.</summary>
    public async Task RecordHealthAsync(long id, DateTimeOffset? lastOkAt, DatasourceFailure? lastError, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        if (lastOkAt is { } okAt)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE datasources SET last_ok_at = @okAt WHERE id = @id AND (last_ok_at IS NULL OR last_ok_at < @okAt)",
                new { id, okAt }, cancellationToken: cancellationToken));
        }
        if (lastError is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE datasources SET last_error = @message, last_error_at = @at WHERE id = @id AND (last_error_at IS NULL OR last_error_at < @at)",
                new { id, message = AccessLogs.StoredText.Fit(lastError.Message, LastErrorLength), at = lastError.At }, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Names of APIs that use the datasource (which block its deletion).</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT name FROM apis WHERE datasource_id = @id ORDER BY name", new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Deletes a datasource.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM datasources WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The spec to connect with, password opened; null password when it cannot be
    /// opened (sealed under another ENCRYPTION_KEY).</summary>
    public Connectors.ConnectionSpec ToSpec(DatasourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new Connectors.ConnectionSpec(record.Product, record.Host, record.Port, record.Database, record.Username,
            record.PasswordEncrypted is null ? null : secrets.Open(record.PasswordEncrypted), SecretOptions.Open(record.Options, secrets));
    }

    private static object Row(DatasourceFields fields, string? passwordEncrypted, string? options, DateTimeOffset now) => new
    {
        fields.Name,
        ProductType = fields.Product.ToName(),
        fields.Host,
        fields.Port,
        fields.Database,
        fields.Username,
        PasswordEncrypted = passwordEncrypted,
        Options = options,
        fields.Description,
        fields.IsActive,
        now,
    };
}
