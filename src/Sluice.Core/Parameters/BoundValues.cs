using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sluice.Core.Parameters;

/// <summary>One request's values by parameter name, in declaration order: an array of values
/// behind the binder's shared names, so a bind allocates one array rather than a dictionary.
/// Keys compare ordinally, as the binder's names do.</summary>
internal sealed class BoundValues : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _names;
    private readonly FrozenDictionary<string, int> _indexes;
    private readonly object?[] _values;

    public BoundValues(string[] names, FrozenDictionary<string, int> indexes, object?[] values)
    {
        _names = names;
        _indexes = indexes;
        _values = values;
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _names;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => _indexes.TryGetValue(key, out var index)
        ? _values[index]
        : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    /// <summary>The name of the parameter at <paramref name="index"/> (declaration order).</summary>
    public string NameAt(int index) => _names[index];

    /// <summary>The value of the parameter at <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => _indexes.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_indexes.TryGetValue(key, out var index))
        {
            value = _values[index];
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
