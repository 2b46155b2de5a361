using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sluice.Core.Macros;
using Sluice.Core.Permissions;
using Sluice.Core.Scripting;
using Sluice.Server.Hosting;

namespace Sluice.Server.Auth;

/// <summary>Collects what a definition or a debug run points at that the caller may not read.
/// Pointing is using: an API aimed at a datasource reads it through the gateway, so someone
/// allowed to edit one API must not aim it at a datasource, module or macro they cannot read.</summary>
internal sealed class ReferenceAccess(UserPermissions? caller)
{
    private readonly List<string> _refusals = [];

    public static ReferenceAccess Of(HttpContext http) => new(PermissionFilter.Of(http));

    /// <summary>Requires read on the <paramref name="resource"/> with <paramref name="id"/> (nothing when null).</summary>
    public ReferenceAccess Require(ResourceType resource, long? id, string field)
    {
        if (id is { } value && !Reads(resource, value))
        {
            var missing = new PermissionGrant(resource, PermissionAction.Read, value.ToString(CultureInfo.InvariantCulture));
            _refusals.Add($"{field}: you may not use {resource.Name()} {value}; that needs permission {missing}.");
        }
        return this;
    }

    /// <summary>Requires read on each of <paramref name="ids"/> not already in <paramref name="kept"/>
    /// (a client or group granted an API reaches it through the gateway).</summary>
    public ReferenceAccess RequireEach(ResourceType resource, IEnumerable<long> ids, IEnumerable<long> kept, string field)
    {
        var already = kept.ToHashSet();
        foreach (var id in ids.Where(id => !already.Contains(id)))
        {
            Require(resource, id, field);
        }
        return this;
    }

    /// <summary>Requires read on every macro <paramref name="content"/> includes (SQL) or imports
    /// (a script, <paramref name="script"/> true), directly or through other macros, in the scope of
    /// <paramref name="moduleId"/>, except those named in <paramref name="known"/>.</summary>
    public ReferenceAccess RequireMacros(string? content, IReadOnlyList<PublishedMacro> macros, long? moduleId, IReadOnlySet<string>? known = null,
        bool script = false)
    {
        foreach (var macro in Used(content, macros, moduleId, script).Where(macro => known?.Contains(macro.Name) != true && !Reads(ResourceType.Macro, macro.Id)))
        {
            var missing = new PermissionGrant(ResourceType.Macro, PermissionAction.Read, macro.Id.ToString(CultureInfo.InvariantCulture));
            _refusals.Add($"content: you may not {(script ? "import" : "include")} macro '{macro.Name}'; that needs permission {missing}.");
        }
        return this;
    }

    /// <summary>A 403 naming every refused reference, or null when there is none.</summary>
    public IResult? Refusal() =>
        _refusals.Count == 0 ? null : Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", string.Join(" ", _refusals));

    /// <summary>The names of the macros <paramref name="content"/> includes or imports, directly or not.</summary>
    public static IReadOnlySet<string> UsedNames(string? content, IReadOnlyList<PublishedMacro> macros, long? moduleId, bool script = false) =>
        Used(content, macros, moduleId, script).Select(macro => macro.Name).ToHashSet(StringComparer.Ordinal);

    private static List<PublishedMacro> Used(string? content, IReadOnlyList<PublishedMacro> macros, long? moduleId, bool script) =>
        script ? Imported(content, macros, moduleId) : Included(content, macros, moduleId);

    // The script macros a script imports, directly or through other macros, as the gateway would
    // load them. A script that does not parse imports nothing it could run, but its errors may
    // name a macro's exports: every visible script macro it names in quotes counts then.
    private static List<PublishedMacro> Imported(string? content, IReadOnlyList<PublishedMacro> macros, long? moduleId)
    {
        var visible = macros.Where(macro => macro.Language == MacroLanguage.JavaScript && MacroScope.IsVisible(macro, moduleId)).ToArray();
        if (visible.Length == 0 || string.IsNullOrEmpty(content))
        {
            return [];
        }
        var parsed = ScriptProgram.Parse(content, visible.ToDictionary(macro => macro.Name, macro => macro.Content, StringComparer.Ordinal));
        if (parsed.Program is { } program)
        {
            var names = program.Macros.Select(macro => macro.Name).ToHashSet(StringComparer.Ordinal);
            return [.. visible.Where(macro => names.Contains(macro.Name))];
        }
        return [.. visible.Where(macro => content.Contains($"\"{macro.Name}\"", StringComparison.Ordinal) || content.Contains($"'{macro.Name}'", StringComparison.Ordinal))];
    }

    private bool Reads(ResourceType resource, long id) =>
        caller is null || caller.Allows(resource, PermissionAction.Read, id.ToString(CultureInfo.InvariantCulture));

    private static List<PublishedMacro> Included(string? content, IReadOnlyList<PublishedMacro> macros, long? moduleId)
    {
        // Only SQL macros can be included; a JavaScript one of the same name is not reached.
        var visible = macros.Where(macro => macro.Language == MacroLanguage.Sql && MacroScope.IsVisible(macro, moduleId)).ToArray();
        var included = new List<PublishedMacro>();
        var pending = new Queue<string>([content ?? ""]);
        while (pending.TryDequeue(out var text))
        {
            foreach (var macro in visible.Where(macro => !included.Contains(macro) && MacroStore.Includes(text, macro.Name)))
            {
                included.Add(macro);
                pending.Enqueue(macro.Content);
            }
        }
        return included;
    }
}
