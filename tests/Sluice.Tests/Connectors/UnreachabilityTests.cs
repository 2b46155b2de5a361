using System.Net.Sockets;
using Npgsql;
using Sluice.Core.Connectors;

namespace Sluice.Tests.Connectors;

public sealed class UnreachabilityTests
{
    [Fact]
    public void ReasonFor_RefusedSocketInsideTheDriversException_SaysConnectionRefused()
    {
        var exception = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal("connection refused", Unreachability.ReasonFor(exception));
    }

    [Fact]
    public void ReasonFor_ConnectionBrokenMidStatement_SaysConnectionLost()
    {
        var exception = new NpgsqlException("Exception while reading from stream", new EndOfStreamException());

        Assert.Equal("connection lost", Unreachability.ReasonFor(exception));
    }

    [Theory]
    [InlineData("57P01", "the database is shutting down")]
    [InlineData("57P03", "the database is starting up or shutting down")]
    [InlineData("53300", "the database has no free connections")]
    [InlineData("08006", "connection lost")]
    [InlineData("28P01", "authentication failed")]
    [InlineData("3D000", "unknown database")]
    public void ReasonFor_ServerSaysItCannotServe_NamesWhy(string sqlState, string reason)
    {
        Assert.Equal(reason, Unreachability.ReasonFor(new PostgresException("refused", "FATAL", "FATAL", sqlState)));
    }

    [Fact]
    public void ReasonFor_NoConnectionInTime_SaysSo()
    {
        var exception = new NpgsqlException("The operation has timed out", new TimeoutException());

        Assert.Equal("no connection within the connect timeout", Unreachability.ReasonFor(exception));
    }

    [Theory]
    [InlineData("42601")]
    [InlineData("23505")]
    [InlineData("40P01")]
    public void ReasonFor_StatementRejected_IsNotAnOutage(string sqlState)
    {
        Assert.Null(Unreachability.ReasonFor(new PostgresException("rejected", "ERROR", "ERROR", sqlState)));
    }

    [Fact]
    public void ReasonFor_UnrelatedException_IsNull()
    {
        Assert.Null(Unreachability.ReasonFor(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void ReasonFor_IoErrorOutsideADriver_IsNull()
    {
        // A malformed request body surfaces as an IOException subclass; it is no database outage.
        Assert.Null(Unreachability.ReasonFor(new Microsoft.AspNetCore.Http.BadHttpRequestException("Failed to read parameter")));
        Assert.Null(Unreachability.ReasonFor(new IOException("the request body ended early")));
    }

    [Fact]
    public void ReasonFor_IoErrorInsideADriver_SaysConnectionLost()
    {
        Assert.Equal("connection lost", Unreachability.ReasonFor(new NpgsqlException("Exception while writing to stream", new IOException("broken pipe"))));
    }

    [Fact]
    public void ReasonFor_SqliteFileCannotBeOpened_SaysSo()
    {
        Assert.Equal("cannot open the database file", Unreachability.ReasonFor(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 14: 'unable to open database file'.", 14, 14)));
    }
}
