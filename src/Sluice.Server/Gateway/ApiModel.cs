using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>A published API compiled for serving: everything a request needs, prepared once.</summary>
internal sealed record ApiModel(
    ApiRecord Api,
    ApiVersionRecord Version,
    RoutePattern Route,
    ParameterBinder Binder,
    SqlTemplate Template,
    DatasourceModel? Datasource,
    TimeSpan StatementTimeout,
    bool ReadsBody,
    IReadOnlyList<string> HeaderNames)
{
    public string Method => Api.HttpMethod;
    public bool IsPublic => Api.AccessType == "public";
}
