using Sluice.Core.Apis;
using Sluice.Core.Templates;
using Sluice.Server.Demo;

namespace Sluice.Tests.Demo;

public sealed class DemoApiTemplateTests
{
    public static TheoryData<string> Names() => [.. DemoApis.All.Select(api => api.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void TemplateCheck_DemoApi_HasNoErrorsOrWarnings(string name)
    {
        // The demo is seeded straight into the store, past the checks an operator's save runs.
        var api = DemoApis.All.Single(demo => demo.Name == name);

        var result = TemplateCheck.Run(api.Sql, new TemplateOptions { AllowedIdentifiers = new HashSet<string>(api.Identifiers) }, ApiJson.Params(api.Params));

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
    }
}
