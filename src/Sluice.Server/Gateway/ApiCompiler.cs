using System.Text.Json;
using Microsoft.AspNetCore.Routing.Patterns;
using Sluice.Core.Apis;
using Sluice.Core.Macros;
using Sluice.Core.Parameters;
using Sluice.Core.Scripting;
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
    /// <param name="api">The API (its engine, path, module, timeout, pagination).</param>
    /// <param name="version">What to run: a published version, or a draft as an unsaved one.</param>
    /// <param name="datasource">The API's datasource; null only for a script API without one.</param>
    /// <param name="macros">The published macros; those in the API's scope are used (SQL macros
    /// by templates, script macros by scripts).</param>
    /// <param name="valuesByName">Bind from values given by name (debug runs, test cases) instead
    /// of from each parameter's place in a request.</param>
    public (ApiModel? Model, string? Problem) Compile(ApiRecord api, ApiVersionRecord version, DatasourceModel? datasource,
        IReadOnlyList<PublishedMacro> macros, bool valuesByName = false)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(version);
        var script = api.ExecuteEngine == "script";
        if (!script && datasource is null)
        {
            return (null, "it has no datasource; set datasource_id.");
        }
        var (compiled, problem) = script
            ? CompileScript(version, MacroScope.ScriptsFor(macros, api.ModuleId), valuesByName)
            : CompileDefinition(version.Params, version.Identifiers, version.Content, MacroScope.For(macros, api.ModuleId), services.Time, valuesByName);
        if (compiled is null)
        {
            return (null, problem);
        }
        var validators = ParameterValidators.Compile(compiled.Definitions);
        if (validators.Errors.Count > 0)
        {
            return (null, string.Join(" ", validators.Errors));
        }
        ResultTransform? transform = null;
        if (!script && !string.IsNullOrWhiteSpace(version.ResultTransform))
        {
            var parsed = ResultTransform.Parse(version.ResultTransform);
            if (parsed.Transform is null)
            {
                return (null, "its result transform does not parse: " + string.Join(" ", parsed.Errors));
            }
            transform = parsed.Transform;
        }
        var timeout = api.StatementTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : services.Settings.Connectors.StatementTimeout;
        IApiExecutor executor = compiled.Program is { } program ? new ScriptExecutor(program, services) : new SqlExecutor(compiled.Template!, services);
        var model = new ApiModel(api, version, RoutePatternFactory.Parse(RouteLayout.ApiRoute(api.Path)), compiled.Binder, executor, datasource, timeout,
            compiled.Definitions.Any(d => d.Location == ParamLocation.Body), compiled.Binder.HeaderNames)
        {
            Validators = validators.Validators,
            Transform = transform,
        };
        return (model, null);
    }

    // A script API: its parameters, and its script parsed once (with the script macros it imports).
    private static (CompiledDefinition? Compiled, string? Problem) CompileScript(ApiVersionRecord version, IReadOnlyDictionary<string, string> scriptMacros,
        bool valuesByName)
    {
        var (definitions, problem) = Definitions(version.Params);
        if (definitions is null)
        {
            return (null, problem);
        }
        var binder = valuesByName ? BinderByName(definitions) : ParameterBinder.Compile(definitions);
        if (binder.Binder is null)
        {
            return (null, string.Join(" ", binder.Errors));
        }
        var parsed = ScriptProgram.Parse(version.Content, scriptMacros);
        if (parsed.Program is null)
        {
            return (null, string.Join(" ", parsed.Errors.Select(e => e.Line > 0 ? $"line {e.Line}, column {e.Column}: {e.Message}" : e.Message)));
        }
        return (new CompiledDefinition(definitions, new HashSet<string>(), binder.Binder, null) { Program = parsed.Program }, null);
    }

    /// <summary>Compiles the executable parts of a definition (parameters, identifiers, template
    /// with the macros in scope) into a binder and a template, or says why it cannot. SQL checks
    /// use it directly.</summary>
    public static (CompiledDefinition? Compiled, string? Problem) CompileDefinition(string paramsJson, string identifiersJson, string content,
        IReadOnlyDictionary<string, string> macros, TimeProvider time, bool valuesByName = false)
    {
        var (definitions, problem) = Definitions(paramsJson);
        if (definitions is null)
        {
            return (null, problem);
        }
        IReadOnlySet<string> identifiers;
        try
        {
            identifiers = ApiJson.Identifiers(identifiersJson);
        }
        catch (JsonException exception)
        {
            return (null, "its stored identifiers are not valid JSON: " + exception.Message);
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

    private static (IReadOnlyList<ParamDefinition>? Definitions, string? Problem) Definitions(string paramsJson)
    {
        try
        {
            return (ApiJson.Params(paramsJson), null);
        }
        catch (JsonException exception)
        {
            return (null, "its stored parameters are not valid JSON: " + exception.Message);
        }
    }

    /// <summary>The binder for values given by name: every parameter is read from one JSON
    /// object, whatever its usual location, then coerced and checked by the gateway's rules.</summary>
    public static ParameterBinderResult BinderByName(IEnumerable<ParamDefinition> definitions) =>
        ParameterBinder.Compile(definitions.Select(d => d with { Location = ParamLocation.Body }).ToList());
}
