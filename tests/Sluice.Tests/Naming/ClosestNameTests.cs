using Sluice.Core.Naming;

namespace Sluice.Tests.Naming;

public sealed class ClosestNameTests
{
    [Theory]
    [InlineData("version", "version_id")]
    [InlineData("descripton", "description")]
    [InlineData("Nmae", "name")]
    [InlineData("datasource", "datasource_id")]
    public void Of_NearName_IsSuggested(string given, string meant)
    {
        Assert.Equal(meant, ClosestName.Of(given, ["name", "description", "version_id", "datasource_id"]));
    }

    [Theory]
    [InlineData("zzz")]
    [InlineData("")]
    [InlineData("completely_different")]
    public void Of_NothingNear_IsNull(string given)
    {
        Assert.Null(ClosestName.Of(given, ["name", "description", "version_id"]));
    }
}
