using Sluice.Core.Parameters;
using Sluice.Core.Templates;

namespace Sluice.Server.Gateway;

/// <summary>A definition ready to run: its parameter definitions, binder and parsed template.</summary>
internal sealed record CompiledDefinition(IReadOnlyList<ParamDefinition> Definitions, IReadOnlySet<string> Identifiers, ParameterBinder Binder, SqlTemplate Template);
