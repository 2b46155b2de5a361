using Scriban.Parsing;

namespace Sluice.Core.Templates;

/// <summary>One place a template reads a variable (the root name of <c>a.b[c]</c>).</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Span">Where it is read: in the template, or in the macro it came from (the
/// span's file name then says which).</param>
/// <param name="IncludedAt">For a read inside a macro, the template's include tag that brought
/// it in; null for a read in the template itself.</param>
internal readonly record struct VariableRead(string Name, SourceSpan Span, SourceSpan? IncludedAt);
