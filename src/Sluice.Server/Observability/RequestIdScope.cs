using System.Collections;

namespace Sluice.Server.Observability;

/// <summary>A log scope holding the request id: a structured field for JSON logs and
/// readable text for console logs.</summary>
internal sealed class RequestIdScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new("request_id", requestId) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => 1;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "request_id=" + requestId;
}
