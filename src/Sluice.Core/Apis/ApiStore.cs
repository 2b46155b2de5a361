using Dapper;
using Sluice.Core.Storage;
using Sluice.Core.Versions;

namespace Sluice.Core.Apis;

/// <summary>Reads and writes APIs and their versions.</summary>
public sealed class ApiStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, module_id, name, path, http_method, execute_engine, datasource_id, access_type, rate_limit_per_minute, " +
        "statement_timeout_seconds, pagination, identifiers, content, params, result_transform, tests, description, published_version_id, created_by, created_at, updated_at";
    // What a read shows: the columns and the published version's number.
    private const string ReadColumns = Columns + ", (SELECT v.version FROM api_versions v WHERE v.id = apis.published_version_id) AS published_version";
    private const string VersionColumns = "id, api_id, version, content, params, result_transform, identifiers, tests, commit_message, created_by, created_at, result_columns";

    /// <summary>A page of APIs matching the filter.</summary>
    public async Task<PageResult<ApiRecord>> ListAsync(ApiFilter filter, IReadOnlyCollection<long>? onlyIds, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        const string where = """
            WHERE (@ModuleId IS NULL OR module_id = @ModuleId) AND (@DatasourceId IS NULL OR datasource_id = @DatasourceId)
              AND (@name IS NULL OR lower(name) LIKE @name) AND (@path IS NULL OR lower(path) LIKE @path)
              AND (@HttpMethod IS NULL OR http_method = @HttpMethod)
              AND (@IsPublished IS NULL OR (published_version_id IS NOT NULL) = @IsPublished)
            """;
        return await PagedQuery.RunAsync<ApiRecord>(db, ReadColumns, "apis", where, "path, http_method", new
        {
            filter.ModuleId, filter.DatasourceId, filter.HttpMethod, filter.IsPublished,
            name = PagedQuery.Contains(filter.NameContains), path = PagedQuery.Contains(filter.PathContains),
        }, page, cancellationToken, onlyIds);
    }

    /// <summary>Which of <paramref name="ids"/> name no API.</summary>
    public Task<IReadOnlyList<long>> MissingAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        MissingIds.FindAsync(db, "apis", ids, cancellationToken);

    /// <summary>One API, or null.</summary>
    public Task<ApiRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<ApiRecord>(db, ReadColumns, "apis", id, cancellationToken);

    /// <summary>The API other than <paramref name="exceptId"/> that has this path and method.</summary>
    public async Task<ApiRecord?> FindByRouteAsync(string path, string httpMethod, long? exceptId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<ApiRecord>(new CommandDefinition(
            $"SELECT {ReadColumns} FROM apis WHERE path = @path AND http_method = @httpMethod AND (@exceptId IS NULL OR id <> @exceptId)",
            new { path, httpMethod, exceptId }, cancellationToken: cancellationToken));
    }

    /// <summary>Creates an API (unpublished); null when its path and method are taken.</summary>
    public async Task<ApiRecord?> CreateAsync(ApiFields fields, long? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO apis (module_id, name, path, http_method, execute_engine, datasource_id, access_type, rate_limit_per_minute,
                statement_timeout_seconds, pagination, identifiers, content, params, result_transform, tests, description, created_by, created_at, updated_at)
            VALUES (@ModuleId, @Name, @Path, @HttpMethod, @ExecuteEngine, @DatasourceId, @AccessType, @RateLimitPerMinute,
                @StatementTimeoutSeconds, @Pagination, @Identifiers, @Content, @Params, @ResultTransform, @Tests, @Description, @userId, @now, @now)
            RETURNING id
            """, Row(fields).With("userId", userId).With("now", now), transaction, cancellationToken: cancellationToken)), cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Replaces an API's fields and draft; false when its path and method are taken.</summary>
    public async Task<bool> UpdateAsync(long id, ApiFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE apis SET module_id = @ModuleId, name = @Name, path = @Path, http_method = @HttpMethod, execute_engine = @ExecuteEngine,
                    datasource_id = @DatasourceId, access_type = @AccessType, rate_limit_per_minute = @RateLimitPerMinute,
                    statement_timeout_seconds = @StatementTimeoutSeconds, pagination = @Pagination, identifiers = @Identifiers,
                    content = @Content, params = @Params, result_transform = @ResultTransform, tests = @Tests, description = @Description, updated_at = @now
                WHERE id = @id
                """, Row(fields).With("id", id).With("now", now), transaction, cancellationToken: cancellationToken));
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Deletes an API with its versions.</summary>
    public Task DeleteAsync(long id, CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM apis WHERE id = @id", new { id }, cancellationToken);

    /// <summary>Freezes the draft as the next version, with the result columns its SQL check found
    /// (JSON, or null). Its number comes from the API's counter, taken in the same transaction, so
    /// numbers are never reused, even after a delete.</summary>
    public async Task<ApiVersionRecord> CommitAsync(ApiRecord api, string commitMessage, long? userId, string? resultColumns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        var now = time.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var number = await VersionRows.NextNumberAsync(connection, transaction, "apis", api.Id, cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO api_versions (api_id, version, content, params, result_transform, identifiers, tests, commit_message, created_by, created_at, result_columns)
            VALUES (@Id, @number, @Content, @Params, @ResultTransform, @Identifiers, @Tests, @commitMessage, @userId, @now, @resultColumns)
            RETURNING id
            """, new { api.Id, number, api.Content, api.Params, api.ResultTransform, api.Identifiers, api.Tests, commitMessage, userId, now, resultColumns },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (await FindVersionAsync(api.Id, id, cancellationToken))!;
    }

    /// <summary>All versions of an API, newest first.</summary>
    public async Task<IReadOnlyList<ApiVersionRecord>> VersionsAsync(long apiId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ApiVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM api_versions WHERE api_id = @apiId ORDER BY version DESC", new { apiId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The newest version of an API, or null when it has none.</summary>
    public async Task<ApiVersionRecord?> NewestVersionAsync(long apiId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<ApiVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM api_versions WHERE api_id = @apiId ORDER BY version DESC LIMIT 1", new { apiId }, cancellationToken: cancellationToken));
    }

    /// <summary>One version of an API, or null.</summary>
    public async Task<ApiVersionRecord?> FindVersionAsync(long apiId, long versionId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ApiVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM api_versions WHERE api_id = @apiId AND id = @versionId", new { apiId, versionId }, cancellationToken: cancellationToken));
    }

    /// <summary>The version of an API with this per-API number, or null.</summary>
    public async Task<ApiVersionRecord?> FindVersionByNumberAsync(long apiId, int number, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ApiVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM api_versions WHERE api_id = @apiId AND version = @number", new { apiId, number }, cancellationToken: cancellationToken));
    }

    /// <summary>Replaces the result columns a version's SQL check found (JSON, or null).</summary>
    public async Task SetResultColumnsAsync(long versionId, string? resultColumns, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE api_versions SET result_columns = @resultColumns WHERE id = @versionId",
            new { versionId, resultColumns }, cancellationToken: cancellationToken));
    }

    /// <summary>Deletes a version unless it is the published one.</summary>
    public Task<VersionDeletion> DeleteVersionAsync(long apiId, long versionId, CancellationToken cancellationToken) =>
        VersionRows.DeleteUnpublishedAsync(db, "apis", "api_versions", "api_id", apiId, versionId, cancellationToken);

    /// <summary>Makes <paramref name="versionId"/> the version the gateway serves (null unpublishes).</summary>
    public Task PublishAsync(long apiId, long? versionId, CancellationToken cancellationToken) =>
        WriteAsync("UPDATE apis SET published_version_id = @versionId, updated_at = @now WHERE id = @apiId", new { apiId, versionId, now = time.GetUtcNow() }, cancellationToken);

    /// <summary>Copies a version back into the draft.</summary>
    public async Task RestoreAsync(long apiId, ApiVersionRecord version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE apis SET content = @Content, params = @Params, result_transform = @ResultTransform, identifiers = @Identifiers, tests = @Tests,
                updated_at = @now
            WHERE id = @apiId
            """, new { apiId, version.Content, version.Params, version.ResultTransform, version.Identifiers, version.Tests, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>Every published API with its served version, for the gateway snapshot.</summary>
    public async Task<IReadOnlyList<PublishedApi>> PublishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var apiColumns = string.Join(", ", Columns.Split(", ").Select(column => "a." + column));
        var versionColumns = string.Join(", ", VersionColumns.Split(", ").Select(column => "v." + column));
        var rows = await connection.QueryAsync<ApiRecord, ApiVersionRecord, PublishedApi>(new CommandDefinition(
            $"SELECT {apiColumns}, {versionColumns} FROM apis a JOIN api_versions v ON v.id = a.published_version_id", cancellationToken: cancellationToken),
            (api, version) => new PublishedApi(api, version), splitOn: "id");
        return rows.AsList();
    }

    private async Task WriteAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static DynamicParameters Row(ApiFields fields) => new(new
    {
        fields.ModuleId, fields.Name, fields.Path, fields.HttpMethod, fields.ExecuteEngine, fields.DatasourceId, fields.AccessType,
        fields.RateLimitPerMinute, fields.StatementTimeoutSeconds, fields.Pagination, fields.Identifiers, fields.Content, fields.Params,
        fields.ResultTransform, fields.Tests, fields.Description,
    });
}
