using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;
using Sluice.Core.Scripting;
using Sluice.Server.Gateway.Execution;

namespace Sluice.Server.Gateway;

/// <summary>An API compiled for running — by the gateway, a debug run or a test case alike:
/// everything a call needs, prepared once by <see cref="ApiCompiler"/>.</summary>
/// <param name="Api">The API's record.</param>
/// <param name="Version">The version being run (a draft is run as an unsaved version).</param>
/// <param name="Route">Its route under <c>/api/</c>.</param>
/// <param name="Binder">Binds a request's (or a debug run's) values.</param>
/// <param name="Executor">Runs it: SQL or script.</param>
/// <param name="Datasource">Where it runs; null for a script API without one.</param>
/// <param name="StatementTimeout">Each statement's limit.</param>
/// <param name="ReadsBody">True when a parameter comes from the body.</param>
/// <param name="HeaderNames">The headers parameters come from.</param>
internal sealed record ApiModel(
    ApiRecord Api,
    ApiVersionRecord Version,
    RoutePattern Route,
    ParameterBinder Binder,
    IApiExecutor Executor,
    DatasourceModel? Datasource,
    TimeSpan StatementTimeout,
    bool ReadsBody,
    IReadOnlyList<string> HeaderNames)
{
    /// <summary>The parameters' validate scripts, compiled into one program; null when none has one.</summary>
    public ParameterValidators? Validators { get; init; }

    /// <summary>The SQL API's result transform; null when it has none.</summary>
    public ResultTransform? Transform { get; init; }

    /// <summary>The columns its statement answered with last (the gateway's requests share them).</summary>
    public Results.KnownColumns Columns { get; } = new();

    public string Method => Api.HttpMethod;
    public bool IsPublic => Api.AccessType == "public";
}
