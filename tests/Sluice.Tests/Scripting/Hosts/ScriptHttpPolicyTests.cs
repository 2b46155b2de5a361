using System.Net;
using Sluice.Core.Scripting.Hosts;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class ScriptHttpPolicyTests
{
    [Theory]
    [InlineData("0.0.0.0", "an unspecified")]
    [InlineData("127.1.2.3", "a loopback")]
    [InlineData("10.0.0.1", "a private")]
    [InlineData("172.16.5.4", "a private")]
    [InlineData("172.31.255.255", "a private")]
    [InlineData("192.168.1.1", "a private")]
    [InlineData("169.254.169.254", "a cloud metadata")]
    [InlineData("169.254.1.1", "a link-local")]
    [InlineData("100.64.0.1", "a carrier-grade NAT")]
    [InlineData("100.127.255.254", "a carrier-grade NAT")]
    [InlineData("224.0.0.1", "a multicast")]
    [InlineData("255.255.255.255", "a broadcast")]
    [InlineData("::", "an unspecified")]
    [InlineData("::1", "a loopback")]
    [InlineData("fc00::1", "a private")]
    [InlineData("fd12:3456::1", "a private")]
    [InlineData("fd00:ec2::254", "a cloud metadata")]
    [InlineData("fe80::1", "a link-local")]
    [InlineData("ff02::1", "a multicast")]
    [InlineData("::ffff:127.0.0.1", "a loopback")]
    [InlineData("::ffff:10.1.2.3", "a private")]
    [InlineData("::ffff:169.254.169.254", "a cloud metadata")]
    [InlineData("64:ff9b::a9fe:a9fe", "a cloud metadata")]
    public void CheckAddress_InternalAddress_IsRefusedWithItsKind(string address, string kind)
    {
        var policy = new ScriptHttpPolicy(ScriptHttpSettings.Default);

        Assert.Equal(kind, policy.CheckAddress(new IPEndPoint(IPAddress.Parse(address), 443)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::6810:85e5")]
    [InlineData("::ffff:93.184.215.14")]
    public void CheckAddress_PublicAddress_IsAllowed(string address)
    {
        var policy = new ScriptHttpPolicy(ScriptHttpSettings.Default);

        Assert.Null(policy.CheckAddress(new IPEndPoint(IPAddress.Parse(address), 443)));
    }

    [Fact]
    public void CheckAddress_ExemptEndpoint_IsAllowedOnItsPortOnly()
    {
        var policy = new ScriptHttpPolicy(ScriptHttpSettings.Default, [new IPEndPoint(IPAddress.Loopback, 8080)]);

        Assert.Null(policy.CheckAddress(new IPEndPoint(IPAddress.Loopback, 8080)));
        Assert.Equal("a loopback", policy.CheckAddress(new IPEndPoint(IPAddress.Loopback, 8081)));
    }

    [Theory]
    [InlineData("api.example.com", "https://api.example.com/x", true)]
    [InlineData("api.example.com", "https://API.Example.com/x", true)]
    [InlineData("api.example.com", "https://example.com/x", false)]
    [InlineData("*.example.com", "https://api.example.com/x", true)]
    [InlineData("*.example.com", "https://a.b.example.com/x", true)]
    [InlineData("*.example.com", "https://example.com/x", false)]
    [InlineData("*.example.com", "https://evilexample.com/x", false)]
    [InlineData("*.example.com", "https://example.com.evil.org/x", false)]
    [InlineData("::1", "http://[::1]:80/", true)]
    public void CheckUrl_AllowList_MatchesHostsAndSubdomains(string pattern, string url, bool allowed)
    {
        var policy = new ScriptHttpPolicy(ScriptHttpSettings.Default with { AllowedHosts = [pattern] });

        Assert.Equal(allowed, policy.CheckUrl(new Uri(url)) is null);
    }

    [Theory]
    [InlineData("api.example.com", true)]
    [InlineData("*.example.com", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("*", false)]
    [InlineData("https://api.example.com", false)]
    [InlineData("api.example.com:443", false)]
    [InlineData("api.example.com/path", false)]
    [InlineData("*.*.example.com", false)]
    public void IsValid_AllowListEntry(string pattern, bool valid) => Assert.Equal(valid, ScriptHostPattern.IsValid(pattern));
}
