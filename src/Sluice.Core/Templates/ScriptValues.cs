using System.Collections;
using Scriban.Runtime;
using Sluice.Core.Parameters;

namespace Sluice.Core.Templates;

/// <summary>Turns the parameter binder's values into what Scriban reads natively: objects
/// into <see cref="ScriptObject"/>s (so <c>filter.name</c> and <c>for</c> work whatever
/// dictionary type came in), lists into <see cref="ScriptArray"/>s; scalars stay as they are.</summary>
internal static class ScriptValues
{
    /// <summary>Fills the (empty) object a render's template reads its variables from (and assigns into).</summary>
    /// <param name="globals">The object to fill.</param>
    /// <param name="values">The request's values.</param>
    /// <param name="nullDefaults">Names set to null when <paramref name="values"/> lacks them
    /// (see <see cref="BuiltinShadows"/>).</param>
    public static void Fill(ScriptObject globals, IReadOnlyDictionary<string, object?> values, string[] nullDefaults)
    {
        foreach (var name in nullDefaults)
        {
            globals.SetValue(name, null, false);
        }
        // The binder's values are read by position, without an enumerator.
        if (values is BoundValues bound)
        {
            for (var i = 0; i < bound.Count; i++)
            {
                Set(globals, bound.NameAt(i), bound.ValueAt(i));
            }
            return;
        }
        foreach (var (name, value) in values)
        {
            Set(globals, name, value);
        }
    }

    private static void Set(ScriptObject globals, string name, object? value)
    {
        // Names a template cannot spell could only shadow the hidden functions.
        if (!name.StartsWith('#'))
        {
            globals.SetValue(name, Convert(value), false);
        }
    }

    private static object? Convert(object? value)
    {
        switch (value)
        {
            case null or string or byte[]:
                return value;
            case IReadOnlyDictionary<string, object?> dictionary:
                var members = new ScriptObject(dictionary.Count);
                foreach (var (name, member) in dictionary)
                {
                    members.SetValue(name, Convert(member), false);
                }
                return members;
            case IEnumerable items:
                var array = items is ICollection collection ? new ScriptArray(collection.Count) : new ScriptArray();
                foreach (var item in items)
                {
                    array.Add(Convert(item));
                }
                return array;
            default:
                return value;
        }
    }
}
