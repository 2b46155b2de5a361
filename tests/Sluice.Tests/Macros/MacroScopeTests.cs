using Sluice.Core.Macros;

namespace Sluice.Tests.Macros;

public sealed class MacroScopeTests
{
    private static readonly PublishedMacro[] Published =
    [
        new("paging", null, "LIMIT 10", 1),
        new("tenant", 7, "AND tenant_id = {{ tenant }}", 2),
        new("text_utils", null, "export function slugify(s) { return s; }", 3, MacroLanguage.JavaScript),
        new("pricing", 7, "export const rate = 2;", 4, MacroLanguage.JavaScript),
        new("other_module", 8, "export const x = 1;", 5, MacroLanguage.JavaScript),
    ];

    [Fact]
    public void For_ModuleApi_GetsGlobalAndModuleSqlMacrosOnly()
    {
        var visible = MacroScope.For(Published, 7);

        Assert.Equal(["paging", "tenant"], visible.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ScriptsFor_ModuleApi_GetsGlobalAndModuleJavaScriptSources()
    {
        var visible = MacroScope.ScriptsFor(Published, 7);

        Assert.Equal(["pricing", "text_utils"], visible.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("export const rate = 2;", visible["pricing"]);
    }

    [Fact]
    public void ScriptsFor_ApiWithoutModule_GetsGlobalJavaScriptMacrosOnly()
    {
        Assert.Equal(["text_utils"], MacroScope.ScriptsFor(Published, null).Keys);
    }
}
