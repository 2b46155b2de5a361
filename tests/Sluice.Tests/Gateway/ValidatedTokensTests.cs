using Sluice.Server.Gateway.Access;

namespace Sluice.Tests.Gateway;

public sealed class ValidatedTokensTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TryGet_BeforeExpiry_ReturnsClaims()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("t1", "cl_a", 3, Now.AddMinutes(5));

        Assert.True(tokens.TryGet("t1", Now.AddMinutes(4), out var claims));
        Assert.Equal(("cl_a", 3), claims);
    }

    [Fact]
    public void TryGet_TokenInsideTheHeaderText_FoundWithoutCopyingIt()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("t1", "cl_a", 3, Now.AddMinutes(5));
        const string header = "Bearer t1 ";

        Assert.True(tokens.TryGet(header.AsSpan(7, 2), Now, out var claims));
        Assert.Equal(("cl_a", 3), claims);
        Assert.False(tokens.TryGet(header.AsSpan(7, 1), Now, out _));
    }

    [Fact]
    public void TryGet_AtOrAfterExpiry_Misses()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("t1", "cl_a", 3, Now.AddMinutes(5));

        Assert.False(tokens.TryGet("t1", Now.AddMinutes(5), out _));
        // The expired entry is gone, even for an earlier clock.
        Assert.False(tokens.TryGet("t1", Now, out _));
    }

    [Fact]
    public void TryGet_UnknownToken_Misses()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("t1", "cl_a", 3, Now.AddMinutes(5));

        Assert.False(tokens.TryGet("t2", Now, out _));
    }
}
