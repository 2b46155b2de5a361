using Sluice.Core.Auth;

namespace Sluice.Tests.Auth;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_ThenVerify_AcceptsOnlyTheSamePassword()
    {
        var hash = PasswordHasher.Hash("correct horse battery");

        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse battery", hash));
        Assert.False(PasswordHasher.Verify("correct horse batterY", hash));
    }

    [Fact]
    public void Hash_SamePasswordTwice_DiffersBySalt()
    {
        Assert.NotEqual(PasswordHasher.Hash("same password"), PasswordHasher.Hash("same password"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$2b$12$notargon")]
    [InlineData("$argon2i$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA")]
    public void Verify_MalformedHash_IsFalse(string encoded)
    {
        Assert.False(PasswordHasher.Verify("anything", encoded));
    }
}
