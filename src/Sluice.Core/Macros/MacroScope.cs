namespace Sluice.Core.Macros;

/// <summary>Which macros an API may use: the global ones and its module's, SQL ones for a SQL
/// template and JavaScript ones for a script.</summary>
public static class MacroScope
{
    /// <summary>SQL macro sources by name, for a SQL template of an API in <paramref name="moduleId"/>;
    /// a JavaScript macro is never include-able.</summary>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<PublishedMacro> macros, long? moduleId) =>
        Visible(macros, moduleId, MacroLanguage.Sql);

    /// <summary>JavaScript macro sources by name, for a script of an API in <paramref name="moduleId"/>
    /// (or for a JavaScript macro there, to check its imports).</summary>
    public static IReadOnlyDictionary<string, string> ScriptsFor(IReadOnlyList<PublishedMacro> published, long? moduleId) =>
        Visible(published, moduleId, MacroLanguage.JavaScript);

    /// <summary>True when an API in <paramref name="moduleId"/> sees <paramref name="macro"/>.</summary>
    public static bool IsVisible(PublishedMacro macro, long? moduleId)
    {
        ArgumentNullException.ThrowIfNull(macro);
        return macro.ModuleId is null || macro.ModuleId == moduleId;
    }

    private static Dictionary<string, string> Visible(IReadOnlyList<PublishedMacro> macros, long? moduleId, string language)
    {
        ArgumentNullException.ThrowIfNull(macros);
        var visible = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var macro in macros)
        {
            if (macro.Language == language && IsVisible(macro, moduleId))
            {
                visible[macro.Name] = macro.Content;
            }
        }
        return visible;
    }
}
