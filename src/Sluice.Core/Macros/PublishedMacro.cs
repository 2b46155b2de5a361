namespace Sluice.Core.Macros;

/// <summary>A macro's name, scope, language and published content, as templates include it or
/// scripts import it.</summary>
/// <param name="Name">Include (or import) name.</param>
/// <param name="ModuleId">Scope; null for global.</param>
/// <param name="Content">Published content.</param>
/// <param name="Id">The macro's id, which permissions are scoped to.</param>
/// <param name="Language">What <paramref name="Content"/> is written in (<see cref="MacroLanguage"/>).</param>
public sealed record PublishedMacro(string Name, long? ModuleId, string Content, long Id, string Language = MacroLanguage.Sql);
