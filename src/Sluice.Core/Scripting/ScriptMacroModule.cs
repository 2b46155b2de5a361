using Acornima.Ast;
using Jint;

namespace Sluice.Core.Scripting;

/// <summary>A script macro parsed once, ready to be added to a run's module registry.</summary>
/// <param name="Name">The name scripts import it by.</param>
/// <param name="Module">The parsed module.</param>
/// <param name="Exports">The names it exports, in the order it declares them.</param>
internal sealed record ScriptMacroModule(string Name, Prepared<Module> Module, IReadOnlyList<string> Exports);
