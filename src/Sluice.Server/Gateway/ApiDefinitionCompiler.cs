using System.Text.Json;
using Sluice.Core.Apis;
using Sluice.Core.Parameters;
using Sluice.Core.Templates;
using Sluice.Server.Management.Apis;

namespace Sluice.Server.Gateway;

/// <summary>Compiles the executable parts of a stored API definition (parameters, identifiers,
/// template with the macros in scope) into a binder and a template, or says why it cannot. The
/// gateway snapshot, API test case runs and SQL checks compile the same way through here.</summary>
internal static class ApiDefinitionCompiler
{
    /// <param name="paramsJson">Stored parameter definitions.</param>
    /// <param name="identifiersJson">Stored identifier allow-list.</param>
    /// <param name="content">The template.</param>
    /// <param name="macros">Macro sources in scope.</param>
    /// <param name="time">The clock templates read.</param>
    /// <param name="valuesByName">Bind from values given by name (<see cref="ApiRunner.CompileBinder"/>)
    /// instead of from each parameter's location in a request.</param>
    public static (CompiledDefinition? Compiled, string? Problem) Compile(string paramsJson, string identifiersJson, string content,
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
        var binder = valuesByName ? ApiRunner.CompileBinder(definitions) : ParameterBinder.Compile(definitions);
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
}
