using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Macros;
using Sluice.Core.Permissions;
using Sluice.Core.Settings;
using Sluice.Core.Templates;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;
using Sluice.Server.Management.Apis;
using Sluice.Server.Management.Audit;
using Sluice.Server.Management.Versions;

namespace Sluice.Server.Management.Macros;

/// <summary>CRUD, versions and publishing for macros.</summary>
internal static partial class MacrosApi
{
    public static RouteGroupBuilder MapMacrosApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/macros").WithTags("macros");
        group.MapGet("", List).Produces<ListResponse<MacroResponse>>().RequirePermission(ResourceType.Macro, PermissionAction.Read);
        group.MapPost("", Create).Produces<MacroResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Macro, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<MacroResponse>().ProducesProblem(404).RequirePermission(ResourceType.Macro, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<MacroResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Macro, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Macro, PermissionAction.Delete);
        group.MapPost("/{id:long}/versions", Commit).Produces<MacroVersionResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Macro, PermissionAction.Update);
        group.MapGet("/{id:long}/versions", Versions).Produces<ListResponse<MacroVersionResponse>>().ProducesProblem(404).RequirePermission(ResourceType.Macro, PermissionAction.Read);
        group.MapPost("/{id:long}/publish", Publish).Produces<MacroResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Macro, PermissionAction.Execute);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, MacroStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = ListQuery.Page(request, errors);
        var moduleId = ListQuery.Id(request, "module_id", errors);
        var language = ListQuery.Text(request, "language")?.Trim().ToLowerInvariant();
        errors.OneOf("language", language, MacroLanguage.All);
        if (page is null || errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await store.ListAsync(moduleId, ListQuery.Text(request, "name"), language, ListScope.ReadableIds(request.HttpContext, ResourceType.Macro), page,
            cancellationToken);
        return TypedResults.Ok(new ListResponse<MacroResponse>(result.Items.Select(MacroResponse.From).ToArray(), result.Total));
    }

    private static async Task<IResult> Get(long id, MacroStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } macro ? TypedResults.Ok(MacroResponse.From(macro)) : Problems.NotFound("macro", id);

    private static async Task<IResult> Create(MacroRequest request, HttpContext http, MacroStore store, CatalogReferences references, SluiceSettings settings,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (name, language, content) = await ValidateAsync(request, null, store, settings.SqlTemplateMaxSize, errors, cancellationToken);
        await references.CheckAsync(request.ModuleId, null, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (ReferenceAccess.Of(http).Require(ResourceType.Module, request.ModuleId, "module_id").Refusal() is { } refused)
        {
            return refused;
        }
        var created = await store.CreateAsync(request.ModuleId, name!, language, request.Description, content!, cancellationToken);
        return created is null ? Problems.NameTaken("macro", name!) : TypedResults.Created($"/api/v1/macros/{created.Id}", MacroResponse.From(created));
    }

    private static async Task<IResult> Update(long id, MacroRequest request, HttpContext http, MacroStore store, CatalogReferences references,
        GatewaySnapshots snapshots, SluiceSettings settings, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("macro", id);
        }
        var errors = new FieldErrors();
        var (name, _, content) = await ValidateAsync(request, current, store, settings.SqlTemplateMaxSize, errors, cancellationToken);
        await references.CheckAsync(request.ModuleId, null, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (ReferenceAccess.Of(http).Require(ResourceType.Module, request.ModuleId == current.ModuleId ? null : request.ModuleId, "module_id").Refusal() is { } refused)
        {
            return refused;
        }
        if (name != current.Name && current.PublishedVersionId is not null && await store.PublishedUsersAsync(current, cancellationToken) is { Count: > 0 } users)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Macro in use",
                $"Macro '{current.Name}' is {UsedBy(current)} ({string.Join(", ", users)}); renaming it would break them.");
        }
        if (!await store.UpdateAsync(id, request.ModuleId ?? current.ModuleId, name!, request.Description ?? current.Description, content!, cancellationToken))
        {
            return Problems.NameTaken("macro", name!);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(MacroResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> Delete(long id, MacroStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        if (macro is null)
        {
            return Problems.NotFound("macro", id);
        }
        var users = await store.PublishedUsersAsync(macro, cancellationToken);
        if (users.Count > 0)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Macro in use",
                $"Macro '{macro.Name}' is {UsedBy(macro, "these ")}: {string.Join(", ", users)}. Change and republish them first.");
        }
        await store.DeleteAsync(id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Commit(long id, CommitRequest request, MacroStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        if (macro is null)
        {
            return Problems.NotFound("macro", id);
        }
        var errors = new FieldErrors();
        errors.Require("commit_message", request.CommitMessage);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var versions = await store.VersionsAsync(id, cancellationToken);
        if (versions.Count > 0 && versions[0].Content == macro.Content)
        {
            return ApisApi.NothingChanged($"macro {id}", versions[0].Version);
        }
        if (await CheckScriptAsync(macro, macro.Content, store, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var version = await store.CommitAsync(macro, request.CommitMessage!.Trim(), DashboardClaims.UserId(user), cancellationToken);
        return TypedResults.Created($"/api/v1/macros/{id}/versions/{version.Id}", MacroVersionResponse.From(version, macro.PublishedVersionId));
    }

    private static async Task<IResult> Versions(long id, MacroStore store, CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        if (macro is null)
        {
            return Problems.NotFound("macro", id);
        }
        var versions = await store.VersionsAsync(id, cancellationToken);
        return TypedResults.Ok(new ListResponse<MacroVersionResponse>(versions.Select(v => MacroVersionResponse.From(v, macro.PublishedVersionId)).ToArray(), versions.Count));
    }

    private static async Task<IResult> Publish(long id, PublishRequest? request, HttpContext http, MacroStore store, GatewaySnapshots snapshots,
        CancellationToken cancellationToken)
    {
        var macro = await store.FindAsync(id, cancellationToken);
        if (macro is null)
        {
            return Problems.NotFound("macro", id);
        }
        var versions = await store.VersionsAsync(id, cancellationToken);
        var (version, problem) = await VersionChoice.FindAsync(request?.Version, request?.VersionId, $"macro {id}",
            number => Task.FromResult(versions.FirstOrDefault(v => v.Version == number)), versionId => Task.FromResult(versions.FirstOrDefault(v => v.Id == versionId)),
            () => Task.FromResult(versions.Count > 0 ? versions[0] : null), $"commit one with POST /api/v1/macros/{id}/versions");
        if (version is null)
        {
            return problem!;
        }
        if (await CheckScriptAsync(macro, version.Content, store, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        await store.PublishAsync(id, version.Id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        AuditNotes.Add(http, "version", version.Version);
        AuditNotes.Add(http, "version_id", version.Id);
        return TypedResults.Ok(MacroResponse.From((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<(string? Name, string Language, string? Content)> ValidateAsync(MacroRequest request, MacroRecord? current, MacroStore store,
        int maxContentSize, FieldErrors errors, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        var content = request.Content ?? current?.Content;
        var language = Language(request.Language, current, errors);
        if (errors.Require("name", name) && !MacroName().IsMatch(name!))
        {
            errors.Add("name", "may hold letters, digits, '_', '-' and '.' only.");
        }
        errors.MaxLength("name", name, 100);
        if (errors.Require("content", content) && errors.MaxLength("content", content, maxContentSize, ApiValidation.TemplateSizeSetting))
        {
            if (language == MacroLanguage.JavaScript)
            {
                var published = await store.PublishedAsync(cancellationToken);
                errors.AddTemplateErrors("content", ScriptMacroCheck.Errors(name ?? "", content!, request.ModuleId ?? current?.ModuleId, published));
            }
            else
            {
                // Only the syntax: the variables a macro reads are checked in each API that
                // includes it, against that API's parameters.
                errors.AddTemplateErrors("content", SqlTemplate.Parse(content!, TemplateOptions.Default).Errors);
            }
        }
        return (name, language, content);
    }

    // Chosen at creation only: SQL templates include a macro and scripts import one, so a change
    // of language would break whatever uses it.
    private static string Language(string? requested, MacroRecord? current, FieldErrors errors)
    {
        var language = requested?.Trim().ToLowerInvariant();
        if (!errors.OneOf("language", language, MacroLanguage.All) || string.IsNullOrEmpty(language))
        {
            return current?.Language ?? MacroLanguage.Sql;
        }
        if (current is not null && language != current.Language)
        {
            errors.Add("language", $"is {current.Language} and cannot change; create a new {language} macro instead.");
            return current.Language;
        }
        return language;
    }

    // Commit and publish check a JavaScript macro again: the macros it imports may have changed
    // since its draft was saved.
    private static async Task<IResult?> CheckScriptAsync(MacroRecord macro, string content, MacroStore store, CancellationToken cancellationToken)
    {
        if (macro.Language != MacroLanguage.JavaScript)
        {
            return null;
        }
        var errors = new FieldErrors();
        errors.AddTemplateErrors("content", ScriptMacroCheck.Errors(macro.Name, content, macro.ModuleId, await store.PublishedAsync(cancellationToken)));
        return errors.Any ? errors.ToProblem() : null;
    }

    private static string UsedBy(MacroRecord macro, string these = "") =>
        macro.Language == MacroLanguage.JavaScript ? $"imported by {these}published APIs or macros" : $"included by {these}published APIs";

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex MacroName();
}
