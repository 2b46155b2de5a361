using Sluice.Core.Parameters;
using Sluice.Core.Templates;

namespace Sluice.Tests.Templates;

public sealed class TemplateCheckTests
{
    private static ParamDefinition[] Params(params string[] names) => [.. names.Select(name => new ParamDefinition { Name = name })];

    private static TemplateCheckResult Check(string source, ParamDefinition[] parameters, params (string Name, string Source)[] macros) =>
        TemplateCheck.Run(source, new TemplateOptions
        {
            Macros = macros.ToDictionary(macro => macro.Name, macro => macro.Source),
            AllowedIdentifiers = new HashSet<string> { "id", "name" },
        }, parameters);

    private static void AssertClean(string source, params string[] parameters)
    {
        var result = Check(source, Params(parameters));
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.True(result.Warnings.Count == 0, string.Join("\n", result.Warnings));
    }

    private static string[] Undeclared(string source, params string[] parameters) =>
        [.. Check(source, Params(parameters)).Errors.Select(error => error.Name!)];

    [Fact]
    public void Run_MisspeltVariableMidLine_NamesItWithLineColumnAndSuggestion()
    {
        var source = "SELECT *\nFROM orders\nWHERE a = 1 AND status = {{ statuss }}\n";

        var error = Assert.Single(Check(source, Params("status")).Errors);

        Assert.Equal(3, error.Line);
        Assert.Equal(29, error.Column);
        Assert.Equal("statuss", error.Name);
        Assert.Equal("'statuss' is not a declared parameter (did you mean 'status'?); declare it in params or fix the name.", error.Message);
        Assert.Equal("statuss", source.Split('\n')[error.Line - 1].Substring(error.Column - 1, "statuss".Length));
    }

    [Fact]
    public void Run_EveryUndeclaredRead_IsReported()
    {
        Assert.Equal(["a", "b", "a"], Undeclared("SELECT {{ a }}, {{ b }} WHERE x = {{ x }} OR y = {{ a }}", "x"));
    }

    [Fact]
    public void Run_LoopVariables_AreBoundInsideTheirLoopOnly()
    {
        AssertClean("{% for row in rows %}{{ row.id }} {{ forloop.index }}{% for kid in row.kids %}{{ kid }} {{ row.id }}{% endfor %}{% endfor %}", "rows");
        AssertClean("{% tablerow r in rows cols: 2 %}{{ r }} {{ tablerowloop.col }}{% endtablerow %}", "rows");
        Assert.Equal(["row", "forloop"], Undeclared("{% for row in rows %}{% endfor %}{{ row }}{{ forloop.index }}", "rows"));
        Assert.Equal(["kid"], Undeclared("{% for row in rows %}{% for kid in row.kids %}{% endfor %}{{ kid }}{% endfor %}", "rows"));
    }

    [Fact]
    public void Run_LoopArgumentsAndElse_AreReadOutsideTheLoop()
    {
        AssertClean("{% for x in xs limit: n offset: m %}{{ x }}{% else %}{{ fallback }}{% endfor %}", "xs", "n", "m", "fallback");
        Assert.Equal(["x"], Undeclared("{% for x in xs %}{% else %}{{ x }}{% endfor %}", "xs"));
    }

    [Fact]
    public void Run_AssignedAndCapturedNames_AreDefinedAnywhere()
    {
        AssertClean("{% if a %}{% assign v = a | plus: 1 %}{% else %}{% assign v = 0 %}{% endif %}{% capture c %}{{ b }}{% endcapture %}{{ v }} {{ c }}", "a", "b");
    }

    [Fact]
    public void Run_IfElsifElseAndCaseBranches_AreAllRead()
    {
        Assert.Equal(["c", "d", "e", "f"], Undeclared(
            "{% if a %}{{ b }}{% elsif c %}{{ d }}{% else %}{{ e }}{% endif %}{% case a %}{% when 1 %}{{ f }}{% endcase %}{% unless b %}{% endunless %}",
            "a", "b"));
    }

    [Fact]
    public void Run_FilterArgumentsThatAreVariables_AreReadButFilterNamesAreNot()
    {
        Assert.Equal(["fallback", "n"], Undeclared("{{ a | default: fallback }} {{ d | add_days: n }} {{ s | upcase | ident }}", "a", "d", "s"));
    }

    [Fact]
    public void Run_Ident_ReadsItsInput()
    {
        AssertClean("SELECT * FROM t ORDER BY {{ sort | ident }} {{ dir | sort_direction }}", "sort", "dir");
        Assert.Equal(["sortt"], Undeclared("ORDER BY {{ sortt | ident }}", "sort"));
    }

    [Fact]
    public void Run_MemberAndIndexAccess_ReadOnlyTheRootAndTheIndex()
    {
        AssertClean("{{ filters.name }} {{ filters.range.low }} {{ filters['x'] }} {{ ids.size }} {{ ids[i] }}", "filters", "ids", "i");
        Assert.Equal(["filter", "j"], Undeclared("{{ filter.name }} {{ ids[j] }}", "ids"));
    }

    [Fact]
    public void Run_WhitespaceControlTagsAndClauseBlocks_AreReadLikeOthers()
    {
        var error = Assert.Single(Check("SELECT 1\n{%- where -%}\n  {%- if a -%} AND b = {{- bb -}} {%- endif -%}\n{%- endwhere -%}", Params("a", "b")).Errors);

        Assert.Equal(("bb", 3, 28), (error.Name, error.Line, error.Column));
    }

    [Fact]
    public void Run_BuiltinsAndLiterals_NeedNoDeclaration()
    {
        AssertClean("SELECT {{ today }}, {{ now | add_days: 1 }} WHERE {% if a == empty or a == blank or a == nil %}1{% endif %}{% cycle 'x', 'y' %}", "a");
    }

    [Fact]
    public void Run_FunctionNameReadAsValue_IsUndeclaredUnlessDeclared()
    {
        Assert.Equal(["size"], Undeclared("LIMIT {{ size }}"));
        AssertClean("LIMIT {{ size }}", "size");
    }

    [Fact]
    public void Run_ParameterWithoutAName_IsLeftToTheParameterChecks()
    {
        var error = Assert.Single(Check("SELECT {{ a }}", [new ParamDefinition { Name = null! }, new ParamDefinition { Name = "" }]).Errors);

        Assert.Equal("a", error.Name);
    }

    [Fact]
    public void Run_UnusedParameter_IsAWarningNotAnError()
    {
        var result = Check("SELECT {{ a }}", Params("a", "limit"));

        Assert.Empty(result.Errors);
        Assert.Equal(["parameter 'limit' is declared but the template never reads it."], result.Warnings);
    }

    [Fact]
    public void Run_PathParameterAndParametersUsedOnlyInDefaultOrConditions_CountAsUsed()
    {
        var parameters = new[]
        {
            new ParamDefinition { Name = "id", Location = ParamLocation.Path },
            new ParamDefinition { Name = "fallback" },
            new ParamDefinition { Name = "flag" },
        };

        var result = Check("SELECT {{ x | default: fallback }}{% if flag %}1{% endif %}{% assign x = 1 %}", parameters);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Run_VariableReadInMacro_IsPlacedAtTheIncludeAndNamesTheMacroLine()
    {
        var result = Check("SELECT *\nFROM t\nWHERE a = {{ a }} {% include 'paging' %}", Params("a", "page_size"),
            ("paging", "LIMIT {{ page_size }}\n    OFFSET {{ pagee }}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("pagee", 3, 22), (error.Name, error.Line, error.Column));
        Assert.Equal("In macro 'paging', line 2, column 15: 'pagee' is not a declared parameter; declare it in params or fix the name.", error.Message);
    }

    [Fact]
    public void Run_ParameterReadOnlyInMacro_CountsAsUsed()
    {
        var result = Check("SELECT 1 {% include 'tenant' %}", Params("tenant"), ("tenant", "AND tenant_id = {{ tenant }}"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Run_NestedMacro_IsPlacedAtTheOutermostInclude()
    {
        var result = Check("SELECT 1\n  {% include 'outer' %}", Params("a"),
            ("outer", "{% if a %}{% include 'inner' %}{% endif %}"), ("inner", "AND b = {{ b }}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("b", 2, 6), (error.Name, error.Line, error.Column));
        Assert.StartsWith("In macro 'inner', line 1, column 12: 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_VariableAssignedInMacro_IsDefinedForTheTemplate()
    {
        AssertClean("{% include 'offset' %}LIMIT {{ size }} OFFSET {{ offset }}", ("offset", "{% assign offset = page | minus: 1 | times: size %}"));
    }

    private static void AssertClean(string source, (string Name, string Source) macro)
    {
        var result = Check(source, Params("page", "size"), macro);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Run_MacrosNestedFarDeeperThanOneSourceMayBe_AreWalkedWithoutOverflow()
    {
        // Each macro wraps the next in 200 ifs (the parser allows 250 per source): 4,000 levels.
        const int Macros = 20;
        var macros = Enumerable.Range(0, Macros).Select(i => ($"m{i}", string.Concat(Enumerable.Repeat("{% if a %}", 200))
            + (i + 1 < Macros ? $"{{% include 'm{i + 1}' %}}" : "{{ deep }}") + string.Concat(Enumerable.Repeat("{% endif %}", 200)))).ToArray();

        var error = Assert.Single(Check("{% include 'm0' %}", Params("a"), macros).Errors);

        Assert.Equal(("deep", 1, 4), (error.Name, error.Line, error.Column));
        Assert.StartsWith($"In macro 'm{Macros - 1}', line 1, column 2004:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FreeVariables_Macro_AreItsReadsLessWhatItSetsBuiltinsAndLoopVariables()
    {
        var reads = TemplateCheck.FreeVariables(
            "{% assign first = page | minus: 1 %}{% for f in filters %}AND {{ f.col | ident }} = {{ f.val }}{% endfor %} LIMIT {{ size }} OFFSET {{ first }} {{ today }} {{ size }}",
            TemplateOptions.Default);

        Assert.Equal(["filters", "page", "size"], reads);
        Assert.Empty(TemplateCheck.FreeVariables("{% if %}", TemplateOptions.Default));
    }

    [Fact]
    public void Run_SyntaxError_IsReportedWithoutVariableChecks()
    {
        var error = Assert.Single(Check("SELECT {{ a | nosuchfilter }} {{ b }}", Params()).Errors);

        Assert.Null(error.Name);
        Assert.Contains("Unknown filter 'nosuchfilter'", error.Message, StringComparison.Ordinal);
    }
}
