using Sluice.Server.Gateway;

namespace Sluice.Tests.Gateway;

public sealed class ApiRoutesTests
{
    [Theory]
    [InlineData("orders")]
    [InlineData("orders/{id}/items")]
    [InlineData("v2/reports.daily/{day}")]
    public void Check_GoodPaths_AreAccepted(string path)
    {
        Assert.Null(ApiRoutes.Check(path));
    }

    [Theory]
    [InlineData("/orders", "must look like")]
    [InlineData("orders/", "must look like")]
    [InlineData("orders//items", "must look like")]
    [InlineData("orders/{1id}", "must look like")]
    [InlineData("or ders", "must look like")]
    [InlineData("{id}/orders", "fixed segment")]
    [InlineData("v1/orders", "reserved")]
    [InlineData("token/generate", "reserved")]
    [InlineData("a/{id}/b/{ID}", "twice")]
    public void Check_BadPaths_SayWhy(string path, string expected)
    {
        Assert.Contains(expected, ApiRoutes.Check(path), StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterNames_ListsPathParametersInOrder()
    {
        Assert.Equal(["shop", "id"], ApiRoutes.ParameterNames("shops/{shop}/orders/{id}"));
    }
}
