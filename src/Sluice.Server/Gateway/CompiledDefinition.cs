using Sluice.Core.Parameters;
using Sluice.Core.Scripting;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>A definition ready to run: its parameter definitions, binder, and its parsed
/// template (SQL APIs) or script (script APIs).</summary>
internal sealed record CompiledDefinition(IReadOnlyList<ParamDefinition> Definitions, IReadOnlySet<string> Identifiers, ParameterBinder Binder,
    SqlTemplate? Template)
{
    /// <summary>The parsed script of a script API.</summary>
    public ScriptProgram? Program { get; init; }
}
