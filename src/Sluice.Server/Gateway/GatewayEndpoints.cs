using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Sluice.Server.Gateway;

/// <summary>Publishes each API of the current snapshot as a real ASP.NET endpoint (so
/// routing, CORS and limit middleware apply per route), rebuilt whenever the snapshot is
/// swapped.</summary>
internal sealed class GatewayEndpoints(GatewaySnapshots snapshots, GatewayHandler handler) : EndpointDataSource
{
    private readonly Lock _gate = new();
    private GatewaySnapshot? _builtFor;
    private IReadOnlyList<Endpoint> _endpoints = [];
    // One delegate for every API: the endpoint's metadata says which API it is.
    private readonly RequestDelegate _handle = handler.HandleAsync;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var snapshot = snapshots.Current;
            lock (_gate)
            {
                if (!ReferenceEquals(snapshot, _builtFor))
                {
                    _endpoints = Build(snapshot);
                    _builtFor = snapshot;
                }
                return _endpoints;
            }
        }
    }

    public override IChangeToken GetChangeToken() => snapshots.ChangeToken;

    private List<Endpoint> Build(GatewaySnapshot snapshot)
    {
        var endpoints = new List<Endpoint>(snapshot.Apis.Count);
        foreach (var model in snapshot.Apis)
        {
            var builder = new RouteEndpointBuilder(_handle, model.Route, order: 0)
            {
                DisplayName = $"{model.Method} /api/{model.Api.Path}",
            };
            builder.Metadata.Add(new HttpMethodMetadata([model.Method]));
            builder.Metadata.Add(model);
            endpoints.Add(builder.Build());
        }
        return endpoints;
    }
}
