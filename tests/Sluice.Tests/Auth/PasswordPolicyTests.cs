using Sluice.Core.Auth;

namespace Sluice.Tests.Auth;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("alice", "long-enough-1", null)]
    [InlineData("alice", "1234567", "must be 8 to 128 characters long.")]
    [InlineData("alice", null, "is required.")]
    [InlineData("alice-admin", "ALICE-ADMIN", "must not be the same as the username.")]
    public void Check_AppliesLengthAndUsernameRules(string username, string? password, string? expected)
    {
        Assert.Equal(expected, PasswordPolicy.Check(username, password));
    }

    [Fact]
    public void Check_TooLong_IsRefused()
    {
        Assert.NotNull(PasswordPolicy.Check("bob", new string('x', 129)));
        Assert.Null(PasswordPolicy.Check("bob", new string('x', 128)));
    }
}
