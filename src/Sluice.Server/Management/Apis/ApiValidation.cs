using System.Text.Json;
using Sluice.Core.Apis;
using Sluice.Core.Macros;
using Sluice.Core.Parameters;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;
using Sluice.Server.Gateway;

namespace Sluice.Server.Management.Apis;

/// <summary>Merges a request onto the current API (or onto nothing, for a create) and checks
/// every field — path shape, method, engine, parameters and their validate scripts, the
/// template's syntax and the result transform's, with line and column — reporting all
/// problems at once.</summary>
internal static class ApiValidation
{
    public const string TemplateSizeSetting = "SQL_TEMPLATE_MAX_SIZE";

    /// <summary>The API's fields after the change, or null with <paramref name="errors"/> saying
    /// why; <paramref name="warnings"/> receives the template check's warnings.</summary>
    public static ApiFields? Merge(ApiRequest request, ApiRecord? current, IReadOnlyList<PublishedMacro> macros, int maxTemplateSize, FieldErrors errors,
        List<string> warnings)
    {
        var name = request.Name?.Trim() ?? current?.Name;
        var path = request.Path?.Trim().Trim('/') ?? current?.Path;
        var method = request.HttpMethod?.Trim().ToUpperInvariant() ?? current?.HttpMethod ?? "GET";
        var engine = request.ExecuteEngine?.Trim().ToLowerInvariant() ?? current?.ExecuteEngine ?? "sql";
        var access = request.AccessType?.Trim().ToLowerInvariant() ?? current?.AccessType ?? "private";
        var content = request.Content ?? current?.Content ?? "";
        var datasourceId = request.DatasourceId ?? current?.DatasourceId;

        errors.Require("name", name);
        errors.MaxLength("name", name, 200);
        errors.MaxLength("content", content, maxTemplateSize, TemplateSizeSetting);
        if (errors.Require("path", path) && ApiRoutes.Check(path!) is { } pathProblem)
        {
            errors.Add("path", pathProblem);
        }
        errors.OneOf("http_method", method, ApiRoutes.Methods);
        errors.OneOf("execute_engine", engine, EnumFields.ExecuteEngines);
        errors.OneOf("access_type", access, EnumFields.AccessTypes);
        if (engine == "sql" && datasourceId is null)
        {
            errors.Add("datasource_id", "is required for a sql API.");
        }
        var rateLimit = request.RateLimitPerMinute ?? current?.RateLimitPerMinute;
        if (rateLimit is < 0)
        {
            errors.Add("rate_limit_per_minute", "must be 0 (unlimited) or more.");
        }
        var timeout = request.StatementTimeoutSeconds ?? current?.StatementTimeoutSeconds;
        if (timeout is < 1 or > 86_400)
        {
            errors.Add("statement_timeout_seconds", "must be from 1 to 86400.");
        }
        var identifiers = request.Identifiers is { } ids ? Identifiers(ids, errors) : current?.Identifiers ?? "[]";
        var parameters = request.Params is { } json ? Params(json, path, errors) : current?.Params ?? "[]";
        var transform = request.ResultTransform is { } given ? Transform(given, errors) : current?.ResultTransform;
        // Saved cases are checked again too: a parameter they name may have just been removed.
        var tests = parameters is null ? null : ApiTestValidation.Check(request.Tests ?? ApiResponse.Json(current?.Tests ?? "[]"), ApiJson.Params(parameters), errors);
        if (errors.Any || identifiers is null || parameters is null || tests is null)
        {
            return null;
        }
        // A change that leaves the template and its parameters alone (a rename, say) is not
        // refused for variables an older draft already reads.
        var checkVariables = current is null || request.Content is not null || request.Params is not null;
        var moduleId = request.ModuleId ?? current?.ModuleId;
        if (engine == "script")
        {
            CheckScript(content, MacroScope.ScriptsFor(macros, moduleId), errors);
        }
        else
        {
            warnings.AddRange(CheckTemplate(content, identifiers, parameters, MacroScope.For(macros, moduleId), checkVariables, errors));
        }
        if (errors.Any)
        {
            return null;
        }
        return new ApiFields(request.ModuleId ?? current?.ModuleId, name!, path!, method, engine, datasourceId, access, rateLimit, timeout,
            request.Pagination ?? current?.Pagination ?? false, identifiers, content, parameters, transform,
            request.Description ?? current?.Description, tests);
    }

    /// <summary>Checks a template with its parameters and the macros it may include, adding its
    /// errors to <c>content</c> (undeclared variables only when <paramref name="checkVariables"/>);
    /// returns its warnings.</summary>
    public static IReadOnlyList<string> CheckTemplate(string content, string identifiers, string parameters, IReadOnlyDictionary<string, string> macros,
        bool checkVariables, FieldErrors errors)
    {
        var checkedTemplate = TemplateCheck.Run(content, new TemplateOptions { AllowedIdentifiers = ApiJson.Identifiers(identifiers), Macros = macros },
            ApiJson.Params(parameters));
        errors.AddTemplateErrors("content", checkVariables ? checkedTemplate.Errors : checkedTemplate.Errors.Where(error => error.Name is null));
        return checkedTemplate.Warnings;
    }

    /// <summary>Checks a script API's script: it parses in strict mode, defines <c>execute</c>,
    /// and imports only script macros in scope that export what it imports; errors go to
    /// <c>content</c> with line and column, and to <c>template_errors</c> for the editor.</summary>
    public static void CheckScript(string content, IReadOnlyDictionary<string, string> scriptMacros, FieldErrors errors) =>
        errors.AddTemplateErrors("content", ScriptProgram.Parse(content, scriptMacros).Errors.Select(error => new TemplateError(error.Line, error.Column, error.Message)));

    /// <summary>Checks a result transform about to run (null: none); errors go to <c>result_transform</c>.</summary>
    public static void CheckTransform(string? transform, FieldErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(transform))
        {
            Transform(transform, errors);
        }
    }

    /// <summary>The result transform a request gives (blank clears it), after checking that it
    /// parses; its errors go to <c>result_transform</c> as "line L, column C: message".</summary>
    private static string? Transform(string given, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }
        foreach (var error in ResultTransform.Parse(given).Errors)
        {
            errors.Add("result_transform", error.ToString());
        }
        return given;
    }

    private static string? Identifiers(JsonElement json, FieldErrors errors)
    {
        if (json.ValueKind != JsonValueKind.Array || json.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            errors.Add("identifiers", "must be an array of column names.");
            return null;
        }
        return json.GetRawText();
    }

    /// <summary>The parameter definitions a request gives, or null after naming what is wrong
    /// (a wrong type, or a null where a definition belongs).</summary>
    public static List<ParamDefinition>? ParseParams(JsonElement json, FieldErrors errors)
    {
        List<ParamDefinition?>? definitions;
        try
        {
            definitions = json.Deserialize<List<ParamDefinition?>>(ApiJson.Options);
        }
        catch (JsonException exception)
        {
            var field = Hosting.JsonBody.Field(exception, "params") ?? "params";
            if (Hosting.EnumValueError.Describe(exception, json, typeof(List<ParamDefinition?>), ApiJson.Options) is { } notOneOf)
            {
                errors.Add(field, notOneOf);
            }
            else
            {
                errors.Add("params", $"must be an array of parameter definitions; {field} has the wrong type or value.");
            }
            return null;
        }
        if (definitions?.IndexOf(null) is { } index and >= 0)
        {
            errors.Add("params", $"must be an array of parameter definitions; params[{index}] is null.");
            return null;
        }
        return definitions?.ConvertAll(definition => definition!) ?? [];
    }

    /// <summary>Names each parameter whose <c>validate</c> script does not parse, under
    /// <c>params[i].validate</c>; a blank script is dropped.</summary>
    public static void CheckValidators(List<ParamDefinition> definitions, FieldErrors errors)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(definitions[i].Validate))
            {
                definitions[i] = definitions[i] with { Validate = null };
                continue;
            }
            foreach (var error in ParameterValidators.Check(definitions[i].Validate!))
            {
                errors.Add($"params[{i}].validate", error.ToString());
            }
        }
    }

    private static string? Params(JsonElement json, string? path, FieldErrors errors)
    {
        var definitions = ParseParams(json, errors);
        if (definitions is null)
        {
            return null;
        }
        CheckValidators(definitions, errors);
        foreach (var error in ParameterBinder.Compile(definitions).Errors)
        {
            errors.Add("params", error);
        }
        if (path is not null)
        {
            var declared = definitions.Where(d => d.Location == ParamLocation.Path).Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var missing in ApiRoutes.ParameterNames(path).Where(name => !declared.Contains(name)))
            {
                errors.Add("params", $"the path parameter {{{missing}}} needs a parameter with location path.");
            }
        }
        return JsonSerializer.Serialize(definitions, ApiJson.Options);
    }
}
