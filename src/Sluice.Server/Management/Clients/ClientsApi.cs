using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sluice.Core.Clients;
using Sluice.Core.Permissions;
using Sluice.Server.Auth;
using Sluice.Server.Gateway;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Clients;

/// <summary>CRUD for gateway clients, their grants, and secret rotation.</summary>
internal static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clients").WithTags("clients");
        group.MapGet("", List).Produces<ListResponse<ClientResponse>>().RequirePermission(ResourceType.Client, PermissionAction.Read);
        group.MapPost("", Create).Produces<ClientResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(409).RequirePermission(ResourceType.Client, PermissionAction.Create);
        group.MapGet("/{id:long}", Get).Produces<ClientResponse>().ProducesProblem(404).RequirePermission(ResourceType.Client, PermissionAction.Read);
        group.MapPatch("/{id:long}", Update).Produces<ClientResponse>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).RequirePermission(ResourceType.Client, PermissionAction.Update);
        group.MapDelete("/{id:long}", Delete).Produces(StatusCodes.Status204NoContent).ProducesProblem(404).RequirePermission(ResourceType.Client, PermissionAction.Delete);
        group.MapPost("/{id:long}/secret", Rotate).Produces<ClientResponse>().ProducesProblem(404).RequirePermission(ResourceType.Client, PermissionAction.Update);
        return api;
    }

    private static async Task<IResult> List(HttpRequest request, ClientStore store, CancellationToken cancellationToken)
    {
        var (page, isActive, problem) = ListQuery.PageAndActive(request);
        if (page is null)
        {
            return problem!;
        }
        var result = await store.ListAsync(ListQuery.Text(request, "name"), isActive, ListScope.ReadableIds(request.HttpContext, ResourceType.Client), page, cancellationToken);
        var items = new List<ClientResponse>(result.Items.Count);
        foreach (var client in result.Items)
        {
            items.Add(await ResponseAsync(store, client, null, cancellationToken));
        }
        return TypedResults.Ok(new ListResponse<ClientResponse>(items, result.Total));
    }

    private static async Task<IResult> Get(long id, ClientStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } client
            ? TypedResults.Ok(await ResponseAsync(store, client, null, cancellationToken))
            : Problems.NotFound("client", id);

    private static async Task<IResult> Create(ClientRequest request, ClientStore store, CatalogReferences references, GatewaySnapshots snapshots,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var fields = Merge(request, null, [], [], errors);
        if (fields is not null)
        {
            await references.CheckGrantsAsync(fields.ApiIds, fields.GroupIds, errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        if (GrantRefusal(http, fields, [], []) is { } refused)
        {
            return refused;
        }
        var created = await store.CreateAsync(fields, cancellationToken);
        if (created is not { } made)
        {
            return Problems.NameTaken("client", fields.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/clients/{made.Client.Id}", await ResponseAsync(store, made.Client, made.Secret, cancellationToken));
    }

    private static async Task<IResult> Update(long id, ClientRequest request, ClientStore store, CatalogReferences references, GatewaySnapshots snapshots,
        HttpContext http, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("client", id);
        }
        var (apiIds, groupIds) = await store.LinksAsync(id, cancellationToken);
        var errors = new FieldErrors();
        var fields = Merge(request, current, apiIds, groupIds, errors);
        if (fields is not null)
        {
            await references.CheckGrantsAsync(fields.ApiIds, fields.GroupIds, errors, cancellationToken);
        }
        if (fields is null || errors.Any)
        {
            return errors.ToProblem();
        }
        if (GrantRefusal(http, fields, apiIds, groupIds) is { } refused)
        {
            return refused;
        }
        if (!await store.UpdateAsync(id, fields, cancellationToken))
        {
            return Problems.NameTaken("client", fields.Name);
        }
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(store, (await store.FindAsync(id, cancellationToken))!, null, cancellationToken));
    }

    // Granting a client an API (directly or through a group) lets it call that API: only with read on it.
    private static IResult? GrantRefusal(HttpContext http, ClientFields fields, IEnumerable<long> apiIds, IEnumerable<long> groupIds) =>
        ReferenceAccess.Of(http).RequireEach(ResourceType.Api, fields.ApiIds, apiIds, "api_ids")
            .RequireEach(ResourceType.Group, fields.GroupIds, groupIds, "group_ids").Refusal();

    private static async Task<IResult> Delete(long id, ClientStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("client", id);
        }
        await store.DeleteAsync(id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Rotate(long id, ClientStore store, GatewaySnapshots snapshots, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("client", id);
        }
        var secret = await store.RotateSecretAsync(id, cancellationToken);
        await snapshots.RefreshAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(store, (await store.FindAsync(id, cancellationToken))!, secret, cancellationToken));
    }

    private static ClientFields? Merge(ClientRequest request, ClientRecord? current, IReadOnlyList<long> apiIds, IReadOnlyList<long> groupIds, FieldErrors errors)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        errors.Require("name", name);
        errors.MaxLength("name", name, 200);
        errors.MaxLength("description", request.Description, 2000);
        var rate = request.RateLimitPerMinute ?? current?.RateLimitPerMinute;
        if (rate is < 0)
        {
            errors.Add("rate_limit_per_minute", "must be 0 (unlimited) or more.");
        }
        var concurrent = request.MaxConcurrent ?? current?.MaxConcurrent;
        if (concurrent is < 0)
        {
            errors.Add("max_concurrent", "must be 0 (unlimited) or more.");
        }
        var expire = request.TokenExpireSeconds ?? current?.TokenExpireSeconds;
        if (expire is < 60 or > 86_400)
        {
            errors.Add("token_expire_seconds", "must be from 60 to 86400.");
        }
        return errors.Any ? null : new ClientFields(name!, request.Description ?? current?.Description, rate, concurrent, expire,
            request.IsActive ?? current?.IsActive ?? true, request.ApiIds ?? apiIds, request.GroupIds ?? groupIds);
    }

    private static async Task<ClientResponse> ResponseAsync(ClientStore store, ClientRecord client, string? secret, CancellationToken cancellationToken)
    {
        var (apiIds, groupIds) = await store.LinksAsync(client.Id, cancellationToken);
        return ClientResponse.From(client, apiIds, groupIds, secret);
    }
}
