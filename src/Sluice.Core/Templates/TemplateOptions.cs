using System.Collections.Frozen;

namespace Sluice.Core.Templates;

/// <summary>What a template may use beyond its own source, fixed when it is parsed.</summary>
public sealed record TemplateOptions
{
    /// <summary>No macros, no identifiers, the system clock.</summary>
    public static TemplateOptions Default { get; } = new();

    /// <summary>Macro name to Liquid source, for <c>{% include 'name' %}</c>. Resolved at
    /// parse time: a template that includes an unknown macro does not parse.</summary>
    public IReadOnlyDictionary<string, string> Macros { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The identifiers <c>{{ value | ident }}</c> may emit (case-sensitive). A dotted
    /// name such as <c>u.name</c> must be listed whole; its parts are quoted separately.</summary>
    public IReadOnlySet<string> AllowedIdentifiers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The clock behind <c>today</c> and <c>now</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
