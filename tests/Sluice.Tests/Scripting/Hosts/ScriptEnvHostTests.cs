using Sluice.Core.Scripting.Hosts;

namespace Sluice.Tests.Scripting.Hosts;

public sealed class ScriptEnvHostTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["REGION"] = "eu-west",
        ["SECRET_KEY"] = "never-shown",
    };

    private static readonly Core.Scripting.ScriptHostObject Env =
        ScriptEnvHost.Create(["REGION", "UNSET_VARIABLE"], name => Environment.GetValueOrDefault(name));

    [Fact]
    public void Get_AllowedName_GivesItsValue() => Assert.Equal("eu-west", (string)Env.Call("get", "REGION")!);

    [Fact]
    public void Get_AllowedButUnset_GivesNull() => Assert.Null(Env.Call("get", "UNSET_VARIABLE"));

    [Fact]
    public void Get_NameNotInTheAllowlist_IsRefusedNamingTheSetting()
    {
        Assert.Equal("env.get('SECRET_KEY') is not allowed: add SECRET_KEY to SCRIPT_ENV_ALLOWLIST.", Env.Refusal("get", "SECRET_KEY"));
        Assert.Equal("env.get('region') is not allowed: add region to SCRIPT_ENV_ALLOWLIST.", Env.Refusal("get", "region"));
    }

    [Fact]
    public void Get_NameNotAString_IsRefused() => Assert.Equal("env.get: name must be a string.", Env.Refusal("get", 1));

    [Fact]
    public void Create_ReadsTheProcessEnvironment()
    {
        var env = ScriptEnvHost.Create(["PATH"]);

        Assert.Equal(System.Environment.GetEnvironmentVariable("PATH"), (string?)env.Call("get", "PATH"));
    }
}
