namespace Sluice.Core.Macros;

/// <summary>The languages a macro is written in, as stored in <c>macros.language</c>.</summary>
public static class MacroLanguage
{
    /// <summary>A SQL template fragment, included with <c>{% include 'name' %}</c>.</summary>
    public const string Sql = "sql";

    /// <summary>A JavaScript module, imported by scripts with <c>import { f } from "name";</c>.</summary>
    public const string JavaScript = "javascript";

    /// <summary>Every language, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [Sql, JavaScript];
}
