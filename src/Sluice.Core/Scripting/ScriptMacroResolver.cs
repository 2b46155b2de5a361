using Acornima.Ast;

namespace Sluice.Core.Scripting;

/// <summary>Resolves the imports of a script or a script macro to published script macros when
/// the source is saved: every imported module must be a macro, every imported name one of its
/// exports, and macros may not import each other in a cycle. Each macro is parsed once.</summary>
/// <param name="sources">The published script macros, name → module source.</param>
internal sealed class ScriptMacroResolver(IReadOnlyDictionary<string, string> sources)
{
    private readonly Dictionary<string, ScriptMacroModule> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);
    private readonly List<ScriptMacroModule> _order = [];
    private readonly List<string> _importing = [];

    /// <summary>The macros resolved so far, each after the macros it imports.</summary>
    public IReadOnlyList<ScriptMacroModule> Modules => _order;

    /// <summary>Marks <paramref name="name"/> as being resolved, so an import of it is a cycle.</summary>
    public void BeginImporting(string name) => _importing.Add(name);

    /// <summary>Checks every import of <paramref name="module"/>, adding an error at the import's
    /// position in that module's own source for each one that does not resolve.</summary>
    public void CheckImports(Module module, List<ScriptSyntaxError> errors)
    {
        foreach (var node in module.Body)
        {
            var source = node switch
            {
                ImportDeclaration import => import.Source,
                ExportNamedDeclaration export => export.Source,
                ExportAllDeclaration export => export.Source,
                _ => null,
            };
            if (source is null)
            {
                continue;
            }
            if (Resolve(source.Value, out var problem) is not { } macro)
            {
                errors.Add(ScriptProgram.ErrorAt(node, problem));
                continue;
            }
            foreach (var (binding, name) in ImportedNames(node))
            {
                if (!macro.Exports.Contains(name))
                {
                    var exported = macro.Exports.Count > 0 ? $"it exports {string.Join(", ", macro.Exports)}" : "it exports nothing";
                    errors.Add(ScriptProgram.ErrorAt(binding, $"Macro '{macro.Name}' exports no '{name}'; {exported}."));
                }
            }
        }
    }

    private ScriptMacroModule? Resolve(string name, out string problem)
    {
        problem = "";
        if (_resolved.TryGetValue(name, out var known))
        {
            return known;
        }
        if (_refused.TryGetValue(name, out var refused))
        {
            problem = refused;
            return null;
        }
        var cycleStart = _importing.IndexOf(name);
        if (cycleStart >= 0)
        {
            // Not remembered: each macro on the cycle reports it from where it stands.
            problem = $"Script macros import each other in a cycle: {string.Join(" → ", _importing.Skip(cycleStart).Append(name))}; move what they share into a macro of its own.";
            return null;
        }
        if (!sources.TryGetValue(name, out var source))
        {
            problem = LooksLikePath(name)
                ? $"'{name}' is not a script macro: scripts import only published script macros, by name (import {{ f }} from \"text_utils\"); files and URLs cannot be imported."
                : $"There is no script macro '{name}'; publish one or fix the name.";
            _refused[name] = problem;
            return null;
        }
        _importing.Add(name);
        try
        {
            var parsed = ScriptProgram.ParseModule(name, source, this);
            if (parsed.Errors.Count > 0)
            {
                problem = $"Script macro '{name}', {parsed.Errors[0]}";
                _refused[name] = problem;
                return null;
            }
            var macro = new ScriptMacroModule(name, parsed.Module!.Value, Exports(parsed.Module.Value.Program!));
            _resolved[name] = macro;
            _order.Add(macro);
            return macro;
        }
        finally
        {
            _importing.RemoveAt(_importing.Count - 1);
        }
    }

    private List<string> Exports(Module module)
    {
        var names = new List<string>();
        foreach (var node in module.Body)
        {
            switch (node)
            {
                case ExportDefaultDeclaration:
                    names.Add("default");
                    break;
                case ExportAllDeclaration { Exported: { } exported }:
                    names.Add(NameOf(exported));
                    break;
                case ExportAllDeclaration all when _resolved.TryGetValue(all.Source.Value, out var inner):
                    names.AddRange(inner.Exports.Where(name => name != "default"));
                    break;
                case ExportNamedDeclaration { Declaration: { } declaration }:
                    names.AddRange(DeclaredNames(declaration));
                    break;
                case ExportNamedDeclaration export:
                    names.AddRange(export.Specifiers.Select(specifier => NameOf(specifier.Exported)));
                    break;
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<(Node Binding, string Name)> ImportedNames(Node node) => node switch
    {
        ImportDeclaration import => import.Specifiers.SelectMany<ImportDeclarationSpecifier, (Node, string)>(specifier => specifier switch
        {
            ImportSpecifier named => [(named, NameOf(named.Imported))],
            ImportDefaultSpecifier => [(specifier, "default")],
            _ => [],
        }),
        ExportNamedDeclaration export => export.Specifiers.Select(specifier => ((Node)specifier, NameOf(specifier.Local))),
        _ => [],
    };

    private static IEnumerable<string> DeclaredNames(Declaration declaration) => declaration switch
    {
        FunctionDeclaration { Id: { } id } => [id.Name],
        ClassDeclaration { Id: { } id } => [id.Name],
        VariableDeclaration variables => variables.Declarations.SelectMany(declarator => BoundNames(declarator.Id)),
        _ => [],
    };

    private static IEnumerable<string> BoundNames(Node pattern) => pattern switch
    {
        Identifier identifier => [identifier.Name],
        ObjectPattern objectPattern => objectPattern.Properties.SelectMany(property => property switch
        {
            AssignmentProperty assigned => BoundNames(assigned.Value),
            RestElement rest => BoundNames(rest.Argument),
            _ => [],
        }),
        ArrayPattern arrayPattern => arrayPattern.Elements.SelectMany(element => element is null ? [] : BoundNames(element)),
        AssignmentPattern assignment => BoundNames(assignment.Left),
        RestElement rest => BoundNames(rest.Argument),
        _ => [],
    };

    private static string NameOf(Node name) => name is Identifier identifier ? identifier.Name : ((StringLiteral)name).Value;

    private static bool LooksLikePath(string name) =>
        name.StartsWith('.') || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal);
}
