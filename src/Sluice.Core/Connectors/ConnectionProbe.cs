using System.Diagnostics;

namespace Sluice.Core.Connectors;

/// <summary>Tries a datasource: connect and run <c>SELECT 1</c>.</summary>
public static class ConnectionProbe
{
    /// <summary>The elapsed time on success, or the database's own error message.</summary>
    public static async Task<ProbeResult> TryAsync(ConnectionSpec spec, ConnectorLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var clock = Stopwatch.StartNew();
        await using var pool = DatasourcePool.Create(spec, limits with { PoolSize = 1 });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ConnectTimeout + limits.ConnectTimeout);
        try
        {
            await using var connection = await pool.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return new ProbeResult(true, clock.Elapsed.TotalMilliseconds, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, clock.Elapsed.TotalMilliseconds, $"No answer within {(limits.ConnectTimeout * 2).TotalSeconds:0} s.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException or ArgumentException or IOException)
        {
            return new ProbeResult(false, clock.Elapsed.TotalMilliseconds, exception.Message);
        }
    }
}
