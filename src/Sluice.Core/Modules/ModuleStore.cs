using Dapper;
using Sluice.Core.Storage;

namespace Sluice.Core.Modules;

/// <summary>Reads and writes modules.</summary>
public sealed class ModuleStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, name, description, sort_order, is_active, created_at, updated_at";

    /// <summary>A page of modules, optionally filtered.</summary>
    public async Task<PageResult<ModuleRecord>> ListAsync(string? nameContains, bool? isActive, IReadOnlyCollection<long>? onlyIds, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        const string where = "WHERE (@name IS NULL OR lower(name) LIKE @name) AND (@isActive IS NULL OR is_active = @isActive)";
        return await PagedQuery.RunAsync<ModuleRecord>(db, Columns, "modules", where, "sort_order, name",
            new { name = PagedQuery.Contains(nameContains), isActive }, page, cancellationToken, onlyIds);
    }

    /// <summary>Every module, for the gateway snapshot.</summary>
    public async Task<IReadOnlyList<ModuleRecord>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ModuleRecord>(new CommandDefinition($"SELECT {Columns} FROM modules", cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One module, or null.</summary>
    public Task<ModuleRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<ModuleRecord>(db, Columns, "modules", id, cancellationToken);

    /// <summary>Creates a module; null when the name is taken.</summary>
    public async Task<ModuleRecord?> CreateAsync(ModuleFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO modules (name, description, sort_order, is_active, created_at, updated_at)
            VALUES (@Name, @Description, @SortOrder, @IsActive, @now, @now) RETURNING id
            """, new { fields.Name, fields.Description, fields.SortOrder, fields.IsActive, now }, transaction, cancellationToken: cancellationToken)), cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Replaces a module's fields; false when the new name is taken.</summary>
    public async Task<bool> UpdateAsync(long id, ModuleFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE modules SET name = @Name, description = @Description, sort_order = @SortOrder, is_active = @IsActive, updated_at = @now WHERE id = @id",
                new { id, fields.Name, fields.Description, fields.SortOrder, fields.IsActive, now }, transaction, cancellationToken: cancellationToken));
            // The active flag decides whether the module's APIs are served.
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Names of the module's APIs and macros (which block its deletion).</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT 'api ' || name FROM apis WHERE module_id = @id UNION ALL SELECT 'macro ' || name FROM macros WHERE module_id = @id",
            new { id }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Deletes a module.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM modules WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }
}
