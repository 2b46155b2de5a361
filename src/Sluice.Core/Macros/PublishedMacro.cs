namespace Sluice.Core.Macros;

/// <summary>A macro's name, scope and published content, as templates include it.</summary>
/// <param name="Name">Include name.</param>
/// <param name="ModuleId">Scope; null for global.</param>
/// <param name="Content">Published content.</param>
/// <param name="Id">The macro's id, which permissions are scoped to.</param>
public sealed record PublishedMacro(string Name, long? ModuleId, string Content, long Id);
