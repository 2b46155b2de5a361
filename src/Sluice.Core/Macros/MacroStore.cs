using System.Text.RegularExpressions;
using Dapper;
using Sluice.Core.Storage;
using Sluice.Core.Versions;

namespace Sluice.Core.Macros;

/// <summary>Reads and writes macros and their versions.</summary>
public sealed partial class MacroStore(MetadataDb db, TimeProvider time)
{
    private const string Columns = "id, module_id, name, language, description, content, published_version_id, created_at, updated_at, " +
        "(SELECT v.version FROM macro_versions v WHERE v.id = macros.published_version_id) AS published_version";
    private const string VersionColumns = "id, macro_id, version, content, commit_message, created_by, created_at";

    /// <summary>A page of macros, optionally by module, name and language.</summary>
    public async Task<PageResult<MacroRecord>> ListAsync(long? moduleId, string? nameContains, string? language, IReadOnlyCollection<long>? onlyIds,
        PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        const string where = "WHERE (@moduleId IS NULL OR module_id = @moduleId) AND (@name IS NULL OR lower(name) LIKE @name) " +
            "AND (@language IS NULL OR language = @language)";
        return await PagedQuery.RunAsync<MacroRecord>(db, Columns, "macros", where, "name",
            new { moduleId, name = PagedQuery.Contains(nameContains), language }, page, cancellationToken, onlyIds);
    }

    /// <summary>One macro, or null.</summary>
    public Task<MacroRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        RowById.FindAsync<MacroRecord>(db, Columns, "macros", id, cancellationToken);

    /// <summary>Creates a macro in <paramref name="language"/> (<see cref="MacroLanguage"/>); null
    /// when the name is taken, by a macro of either language.</summary>
    public async Task<MacroRecord?> CreateAsync(long? moduleId, string name, string language, string? description, string content,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = await MetadataWrite.UniqueAsync(db, (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO macros (module_id, name, language, description, content, created_at, updated_at)
            VALUES (@moduleId, @name, @language, @description, @content, @now, @now) RETURNING id
            """, new { moduleId, name, language, description, content, now }, transaction, cancellationToken: cancellationToken)), cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    /// <summary>Updates a macro's draft and settings (never its language); false when the new name is taken.</summary>
    public async Task<bool> UpdateAsync(long id, long? moduleId, string name, string? description, string content, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = await MetadataWrite.UniqueAsync(db, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE macros SET module_id = @moduleId, name = @name, description = @description, content = @content, updated_at = @now WHERE id = @id",
                new { id, moduleId, name, description, content, now }, transaction, cancellationToken: cancellationToken));
            // Name and scope decide which published APIs see it.
            await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
            return true;
        }, cancellationToken);
        return done is true;
    }

    /// <summary>Deletes a macro with its versions.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM macros WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Freezes the draft as the next version, numbered from the macro's counter so
    /// numbers are never reused.</summary>
    public async Task<MacroVersionRecord> CommitAsync(MacroRecord macro, string commitMessage, long? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(macro);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var number = await VersionRows.NextNumberAsync(connection, transaction, "macros", macro.Id, cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO macro_versions (macro_id, version, content, commit_message, created_by, created_at)
            VALUES (@Id, @number, @Content, @commitMessage, @userId, @now)
            RETURNING id
            """, new { macro.Id, number, macro.Content, commitMessage, userId, now = time.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (await FindVersionAsync(macro.Id, id, cancellationToken))!;
    }

    /// <summary>All versions of a macro, newest first.</summary>
    public async Task<IReadOnlyList<MacroVersionRecord>> VersionsAsync(long macroId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<MacroVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM macro_versions WHERE macro_id = @macroId ORDER BY version DESC", new { macroId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One version of a macro, or null.</summary>
    public async Task<MacroVersionRecord?> FindVersionAsync(long macroId, long versionId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MacroVersionRecord>(new CommandDefinition(
            $"SELECT {VersionColumns} FROM macro_versions WHERE macro_id = @macroId AND id = @versionId", new { macroId, versionId }, cancellationToken: cancellationToken));
    }

    /// <summary>Copies a version's content back into the draft.</summary>
    public async Task RestoreAsync(long macroId, MacroVersionRecord version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        await using var connection = await db.OpenAsync(cancellationToken);
        // Only the draft changes, which the gateway never reads: no revision bump.
        await connection.ExecuteAsync(new CommandDefinition("UPDATE macros SET content = @Content, updated_at = @now WHERE id = @macroId",
            new { macroId, version.Content, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }

    /// <summary>Deletes a version unless it is the published one.</summary>
    public Task<VersionDeletion> DeleteVersionAsync(long macroId, long versionId, CancellationToken cancellationToken) =>
        VersionRows.DeleteUnpublishedAsync(db, "macros", "macro_versions", "macro_id", macroId, versionId, cancellationToken);

    /// <summary>Makes a version the one APIs include (null unpublishes).</summary>
    public async Task PublishAsync(long macroId, long? versionId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition("UPDATE macros SET published_version_id = @versionId, updated_at = @now WHERE id = @macroId",
            new { macroId, versionId, now }, transaction, cancellationToken: cancellationToken));
        await GatewayRevision.BumpAsync(connection, transaction, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every published macro's content and language, for the gateway snapshot.</summary>
    public async Task<IReadOnlyList<PublishedMacro>> PublishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PublishedMacro>(new CommandDefinition(
            "SELECT m.name, m.module_id, v.content, m.id, m.language FROM macros m JOIN macro_versions v ON v.id = m.published_version_id",
            cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>What a published version depends on the macro: for a SQL macro, the names of
    /// published SQL APIs whose served version includes it; for a JavaScript macro, those of
    /// published script APIs and (as "macro name") published JavaScript macros that import it.</summary>
    public async Task<IReadOnlyList<string>> PublishedUsersAsync(MacroRecord macro, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(macro);
        await using var connection = await db.OpenAsync(cancellationToken);
        var engine = macro.Language == MacroLanguage.JavaScript ? "script" : "sql";
        var users = (await connection.QueryAsync<(string Name, string Content)>(new CommandDefinition(
            "SELECT a.name, v.content FROM apis a JOIN api_versions v ON v.id = a.published_version_id WHERE a.execute_engine = @engine",
            new { engine }, cancellationToken: cancellationToken))).AsList();
        if (macro.Language == MacroLanguage.JavaScript)
        {
            users.AddRange((await connection.QueryAsync<(string Name, string Content)>(new CommandDefinition(
                "SELECT 'macro ' || m.name, v.content FROM macros m JOIN macro_versions v ON v.id = m.published_version_id WHERE m.language = @language AND m.id <> @Id",
                new { language = MacroLanguage.JavaScript, macro.Id }, cancellationToken: cancellationToken))).AsList());
            return users.Where(row => Imports(row.Content, macro.Name)).Select(row => row.Name).Order(StringComparer.Ordinal).ToArray();
        }
        return users.Where(row => Includes(row.Content, macro.Name)).Select(row => row.Name).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>True when <paramref name="content"/> includes the macro <paramref name="name"/>.</summary>
    public static bool Includes(string content, string name) =>
        IncludeTag().Matches(content ?? "").Any(match => match.Groups["name"].Value == name);

    /// <summary>True when the script <paramref name="content"/> imports the macro <paramref name="name"/>
    /// (<c>import … from "name"</c>, <c>import "name"</c> or <c>export … from "name"</c>).</summary>
    public static bool Imports(string content, string name) =>
        ImportSource().Matches(content ?? "").Any(match => match.Groups["name"].Value == name);

    [GeneratedRegex(@"\{%-?\s*include\s+['""](?<name>[^'""]+)['""]")]
    private static partial Regex IncludeTag();

    [GeneratedRegex(@"\b(?:from|import)\s*(?<quote>['""])(?<name>[^'""\r\n]+)\k<quote>")]
    private static partial Regex ImportSource();
}
