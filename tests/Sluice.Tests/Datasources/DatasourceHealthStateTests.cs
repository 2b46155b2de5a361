using Sluice.Core.Datasources;

namespace Sluice.Tests.Datasources;

public sealed class DatasourceHealthStateTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordSuccess_WithinASecond_IsNotAChange()
    {
        var state = new DatasourceHealthState();
        state.RecordSuccess(Start);
        var first = state.Read();

        state.RecordSuccess(Start.AddMilliseconds(500));

        Assert.Equal(first, state.Read());
        state.RecordSuccess(Start.AddSeconds(2));
        Assert.Equal(Start.AddSeconds(2), state.Read().LastOkAt);
    }

    [Fact]
    public void RecordSuccess_RightAfterAFailure_ClearsTheFailingStateButKeepsTheError()
    {
        var state = new DatasourceHealthState();
        state.RecordSuccess(Start);
        state.RecordFailure("unreachable: connection refused", Start.AddMilliseconds(100));
        Assert.True(state.Read().Failing);

        state.RecordSuccess(Start.AddMilliseconds(200));

        var (lastOkAt, lastError, failing, _) = state.Read();
        Assert.False(failing);
        Assert.Equal(Start.AddMilliseconds(200), lastOkAt);
        Assert.Equal("unreachable: connection refused", lastError?.Message);
    }
}
