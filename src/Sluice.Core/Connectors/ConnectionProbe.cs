using System.Diagnostics;
using System.Data.Common;

namespace Sluice.Core.Connectors;

/// <summary>Tries a datasource: connect and run <c>SELECT 1</c>, within the connect timeout.
/// The one connection test behind the test routes and the test a save runs.</summary>
public static class ConnectionProbe
{
    /// <summary>The elapsed time on success, or why it failed in words an operator can act on
    /// (<see cref="ConnectionFailure"/>). Never takes longer than
    /// <see cref="ConnectorLimits.ConnectTimeout"/> (<c>EXTERNAL_DB_CONNECT_TIMEOUT</c>).</summary>
    public static async Task<ProbeResult> TryAsync(ConnectionSpec spec, ConnectorLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(limits);
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ConnectTimeout);
        DatasourcePool? pool = null;
        try
        {
            // Inside the try: driver options the connection string builder rejects are a failed test.
            pool = DatasourcePool.Create(spec, limits with { PoolSize = 1 });
            await using var connection = await pool.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return new ProbeResult(true, clock.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _ = exception;
            return new ProbeResult(false, clock.Elapsed.TotalMilliseconds,
                $"timed out: no answer within {limits.ConnectTimeout.TotalSeconds:0.#} s (EXTERNAL_DB_CONNECT_TIMEOUT)");
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException
            or ArgumentException or FormatException or NotSupportedException or IOException)
        {
            return new ProbeResult(false, clock.Elapsed.TotalMilliseconds, ConnectionFailure.ReasonFor(exception, spec));
        }
        finally
        {
            if (pool is not null)
            {
                await pool.DisposeAsync();
            }
        }
    }
}
