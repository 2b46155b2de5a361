using System.Text.Json.Nodes;
using Sluice.Core.Datasources;
using Sluice.Core.Security;

namespace Sluice.Tests.Datasources;

public sealed class SecretOptionsTests
{
    private static readonly SecretBox Box = new(new string('k', 40));

    [Theory]
    [InlineData("SslPassword", true)]
    [InlineData("ssl_password", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("AccessToken", true)]
    [InlineData("SslKey", true)]
    [InlineData("Host", false)]
    [InlineData("Timeout", false)]
    [InlineData("ApplicationName", false)]
    public void IsSecret_ByName_MatchesCredentialWords(string name, bool secret) => Assert.Equal(secret, SecretOptions.IsSecret(name));

    [Fact]
    public void Seal_PlaintextStoredBeforeSealing_IsSealedOnNextWrite()
    {
        const string legacy = """{"SslPassword":"plain-1","Timeout":5}""";
        var stored = SecretOptions.Seal(legacy, legacy, Box);
        Assert.DoesNotContain("plain-1", stored, StringComparison.Ordinal);
        Assert.Equal("plain-1", SecretOptions.Open(stored, Box)["SslPassword"]);
        Assert.Equal("5", SecretOptions.Open(stored, Box)["Timeout"]);
    }

    [Fact]
    public void Seal_MaskUnderOtherCase_KeepsStoredValue()
    {
        var stored = SecretOptions.Seal("""{"SslPassword":"s-1"}""", null, Box);
        var next = SecretOptions.Seal("""{"sslpassword":"********"}""", stored, Box);
        Assert.Equal("s-1", SecretOptions.Open(next, Box)["SslPassword"]);
        Assert.Single(JsonNode.Parse(next!)!.AsObject());
    }

    [Fact]
    public void Masked_StoredSecrets_ShowOnlyTheMask()
    {
        var stored = SecretOptions.Seal("""{"SslPassword":"s-1","Port":"6432"}""", null, Box);
        var shown = JsonNode.Parse(SecretOptions.Masked(stored)!)!;
        Assert.Equal(SecretOptions.Mask, (string?)shown["SslPassword"]);
        Assert.Equal("6432", (string?)shown["Port"]);
    }
}
