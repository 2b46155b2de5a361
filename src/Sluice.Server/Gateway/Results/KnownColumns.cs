using System.Data.Common;

namespace Sluice.Server.Gateway.Results;

/// <summary>The columns an API's statement answered with last, kept so that a request answered
/// with the same columns (every request of most APIs) encodes no names and classifies no types.</summary>
internal sealed class KnownColumns
{
    private ResultColumns? _last;

    /// <summary>The reader's columns, the known ones when they are the same.</summary>
    public ResultColumns Of(DbDataReader reader)
    {
        var last = _last;
        var columns = ResultColumns.Describe(reader, last);
        if (!ReferenceEquals(columns, last))
        {
            _last = columns;
        }
        return columns;
    }
}
