using Sluice.Core.Security;

namespace Sluice.Tests.Security;

public sealed class SecretBoxTests
{
    private static readonly SecretBox Box = new(new string('k', 40));

    [Fact]
    public void Seal_ThenOpen_ReturnsThePlaintext()
    {
        var sealedText = Box.Seal("p@ss w0rd ✓");
        Assert.StartsWith("v1:", sealedText, StringComparison.Ordinal);
        Assert.DoesNotContain("p@ss", sealedText, StringComparison.Ordinal);
        Assert.Equal("p@ss w0rd ✓", Box.Open(sealedText));
    }

    [Fact]
    public void Seal_SameTextTwice_DiffersByNonce()
    {
        Assert.NotEqual(Box.Seal("same"), Box.Seal("same"));
    }

    [Fact]
    public void Open_OtherKeyOrTampered_IsNull()
    {
        var sealedText = Box.Seal("secret");
        Assert.Null(new SecretBox(new string('x', 40)).Open(sealedText));
        var tampered = sealedText[..^2] + (sealedText[^2] == 'A' ? "B" : "A") + sealedText[^1];
        Assert.Null(Box.Open(tampered));
        Assert.Null(Box.Open("not sealed"));
    }
}
