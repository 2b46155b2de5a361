using Sluice.Core.Macros;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;

namespace Sluice.Server.Management.Macros;

/// <summary>Checks a JavaScript macro's source the way scripts will load it: as a module whose
/// imports may name the other published JavaScript macros in its scope (global, or global and
/// its module's). Problems come back as template errors, so answers and editors treat them like
/// a SQL macro's.</summary>
internal static class ScriptMacroCheck
{
    public static IEnumerable<TemplateError> Errors(string name, string content, long? moduleId, IReadOnlyList<PublishedMacro> published)
    {
        // A macro never imports its own published version: the draft replaces it.
        var others = MacroScope.ScriptsFor(published, moduleId).Where(macro => macro.Key != name)
            .ToDictionary(macro => macro.Key, macro => macro.Value, StringComparer.Ordinal);
        return ScriptProgram.ParseMacro(name, content, others).Select(error => new TemplateError(error.Line, error.Column, error.Message));
    }
}
