using System.Text.Json;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;
using Sluice.Core.Templates;
using Sluice.Server.Gateway.Execution;

namespace Sluice.Server.Gateway;

/// <summary>Compiles a stored API definition into an <see cref="ApiModel"/> — binder, executor,
/// route — or says why it cannot. The gateway snapshot, debug runs and API test cases all compile
/// through here, so they run the same thing.</summary>
/// <param name="services">What the executors share.</param>
internal sealed class ApiCompiler(ExecutorServices services)
{
    /// <summary>The model of <paramref name="version"/> of <paramref name="api"/>, or why not.</summary>
    /// <param name="api">The API (its engine, path, timeout, pagination).</param>
    /// <param name="version">What to run: a published version, or a draft as an unsaved one.</param>
    /// <param name="datasource">The API's datasource; null only for a script API without one.</param>
    /// <param name="macros">Macro sources in scope.</param>
    /// <param name="valuesByName">Bind from values given by name (debug runs, test cases) instead
    /// of from each parameter's place in a request.</param>
    public (ApiModel? Model, string? Problem) Compile(ApiRecord api, ApiVersionRecord version, DatasourceModel? datasource,
        IReadOnlyDictionary<string, string> macros, bool valuesByName = false)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(version);
        if (api.ExecuteEngine != "sql")
        {
            return (null, $"its execute_engine '{api.ExecuteEngine}' cannot be served.");
        }
        if (datasource is null)
        {
            return (null, "it has no datasource; set datasource_id.");
        }
        var (compiled, problem) = CompileDefinition(version.Params, version.Identifiers, version.Content, macros, services.Time, valuesByName);
        if (compiled is null)
        {
            return (null, problem);
        }
        var timeout = api.StatementTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : services.Settings.Connectors.StatementTimeout;
        var model = new ApiModel(api, version, RoutePatternFactory.Parse(RouteLayout.ApiRoute(api.Path)), compiled.Binder,
            new SqlExecutor(compiled.Template, services), datasource, timeout,
            compiled.Definitions.Any(d => d.Location == ParamLocation.Body), compiled.Binder.HeaderNames);
        return (model, null);
    }

    /// <summary>Compiles the executable parts of a definition (parameters, identifiers, template
    /// with the macros in scope) into a binder and a template, or says why it cannot. SQL checks
    /// use it directly.</summary>
    public static (CompiledDefinition? Compiled, string? Problem) CompileDefinition(string paramsJson, string identifiersJson, string content,
        IReadOnlyDictionary<string, string> macros, TimeProvider time, bool valuesByName = false)
    {
        IReadOnlyList<ParamDefinition> definitions;
        IReadOnlySet<string> identifiers;
        try
        {
            definitions = ApiJson.Params(paramsJson);
            identifiers = ApiJson.Identifiers(identifiersJson);
        }
        catch (JsonException exception)
        {
            return (null, "its stored parameters are not valid JSON: " + exception.Message);
        }
        var binder = valuesByName ? BinderByName(definitions) : ParameterBinder.Compile(definitions);
        if (binder.Binder is null)
        {
            return (null, string.Join(" ", binder.Errors));
        }
        var template = SqlTemplate.Parse(content, new TemplateOptions { AllowedIdentifiers = identifiers, Macros = macros, TimeProvider = time });
        if (template.Template is null)
        {
            return (null, string.Join(" ", template.Errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
        }
        return (new CompiledDefinition(definitions, identifiers, binder.Binder, template.Template), null);
    }

    /// <summary>The binder for values given by name: every parameter is read from one JSON
    /// object, whatever its usual location, then coerced and checked by the gateway's rules.</summary>
    public static ParameterBinderResult BinderByName(IEnumerable<ParamDefinition> definitions) =>
        ParameterBinder.Compile(definitions.Select(d => d with { Location = ParamLocation.Body }).ToList());
}
