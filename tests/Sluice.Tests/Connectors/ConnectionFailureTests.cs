using System.Net.Sockets;
using Npgsql;
using Sluice.Core.Connectors;
using Sluice.Core.Datasources;

namespace Sluice.Tests.Connectors;

public sealed class ConnectionFailureTests
{
    private static readonly ConnectionSpec Spec = new(ProductType.Postgres, "db", 5432, "shop", "app", "secret", new Dictionary<string, string>());

    [Theory]
    [InlineData("28P01", "authentication failed for user 'app'")]
    [InlineData("3D000", "unknown database 'shop'")]
    public void ReasonFor_LoginRejected_NamesWhatWasWrong(string sqlState, string reason)
    {
        Assert.Equal(reason, ConnectionFailure.ReasonFor(new PostgresException("rejected", "FATAL", "FATAL", sqlState), Spec));
    }

    [Fact]
    public void ReasonFor_NoMatchingAccessRule_KeepsTheServersExplanation()
    {
        var exception = new PostgresException("no pg_hba.conf entry for host \"10.0.0.9\"", "FATAL", "FATAL", "28000");

        Assert.Equal("authentication failed for user 'app': no pg_hba.conf entry for host \"10.0.0.9\"", ConnectionFailure.ReasonFor(exception, Spec));
    }

    [Fact]
    public void ReasonFor_Refused_SaysConnectionRefused()
    {
        var exception = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal("connection refused", ConnectionFailure.ReasonFor(exception, Spec));
    }

    [Fact]
    public void ReasonFor_OtherServerError_IsTheServersTextWithoutItsCode()
    {
        var exception = new PostgresException("too many clients for role \"app\"", "FATAL", "FATAL", "53400");

        Assert.Equal("too many clients for role \"app\"", ConnectionFailure.ReasonFor(exception, Spec));
    }

    [Fact]
    public void ReasonFor_Cancelled_SaysTimedOut()
    {
        Assert.Equal("timed out", ConnectionFailure.ReasonFor(new OperationCanceledException(), Spec));
    }
}
