namespace Sluice.Core.Macros;

/// <summary>Which macros an API may include: the global ones and its module's.</summary>
public static class MacroScope
{
    /// <summary>Macro sources by name, for an API in <paramref name="moduleId"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<PublishedMacro> macros, long? moduleId)
    {
        ArgumentNullException.ThrowIfNull(macros);
        var visible = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var macro in macros)
        {
            if (macro.ModuleId is null || macro.ModuleId == moduleId)
            {
                visible[macro.Name] = macro.Content;
            }
        }
        return visible;
    }
}
