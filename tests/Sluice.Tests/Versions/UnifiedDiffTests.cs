using Sluice.Core.Versions;

namespace Sluice.Tests.Versions;

public sealed class UnifiedDiffTests
{
    private const string Seven = "a\nb\nc\nd\ne\nf\ng\n";

    [Theory]
    [InlineData("")]
    [InlineData("a\nb\n")]
    [InlineData("no final break")]
    public void Create_IdenticalTexts_IsEmpty(string text)
    {
        Assert.Equal("", UnifiedDiff.Create(text, text, "old", "new"));
    }

    [Fact]
    public void Create_LineInserted_ShowsItWithThreeLinesOfContext()
    {
        var diff = UnifiedDiff.Create(Seven, "a\nb\nc\nd\nx\ne\nf\ng\n", "version 1", "draft");

        Assert.Equal("--- version 1\n+++ draft\n@@ -2,6 +2,7 @@\n b\n c\n d\n+x\n e\n f\n g\n", diff);
    }

    [Fact]
    public void Create_LineDeleted_ShowsItWithContext()
    {
        var diff = UnifiedDiff.Create(Seven, "a\nb\nc\ne\nf\ng\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,7 +1,6 @@\n a\n b\n c\n-d\n e\n f\n g\n", diff);
    }

    [Fact]
    public void Create_LineChanged_DeletesTheOldLineThenInsertsTheNew()
    {
        var diff = UnifiedDiff.Create("SELECT id\nFROM t\nWHERE a = 1\n", "SELECT id, name\nFROM t\nWHERE a = 1\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,3 +1,3 @@\n-SELECT id\n+SELECT id, name\n FROM t\n WHERE a = 1\n", diff);
    }

    [Fact]
    public void Create_ChangesSixLinesApart_ShareOneHunk()
    {
        var old = Lines(1, 20);
        var changed = Lines(1, 20, (3, "three"), (10, "ten"));

        var diff = UnifiedDiff.Create(old, changed, "old", "new");

        Assert.Single(Hunks(diff));
        Assert.StartsWith("--- old\n+++ new\n@@ -1,13 +1,13 @@\n 1\n 2\n-3\n+three\n 4\n", diff, StringComparison.Ordinal);
        Assert.EndsWith(" 9\n-10\n+ten\n 11\n 12\n 13\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ChangesSevenLinesApart_GetTwoHunks()
    {
        var old = Lines(1, 20);
        var changed = Lines(1, 20, (3, "three"), (11, "eleven"));

        var diff = UnifiedDiff.Create(old, changed, "old", "new");

        Assert.Equal(["@@ -1,6 +1,6 @@", "@@ -8,7 +8,7 @@"], Hunks(diff));
    }

    [Fact]
    public void Create_FinalLineBreakAdded_MarksTheLineThatHadNone()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nb\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", diff);
    }

    [Fact]
    public void Create_LineAppendedAfterALastLineWithoutBreak_ChangesThatLine()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nb\nc", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Create_ChangeBesideAnUnchangedLastLineWithoutBreak_KeepsItAsContext()
    {
        var diff = UnifiedDiff.Create("a\nb", "x\nb", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,2 @@\n-a\n+x\n b\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Create_FromEmpty_NumbersTheEmptyRangeZero()
    {
        Assert.Equal("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create("", "a\nb\n", "old", "new"));
        Assert.Equal("--- old\n+++ new\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.Create("a\n", "", "old", "new"));
    }

    [Fact]
    public void Create_InsertedAtTheStart_NumbersFromLineOne()
    {
        var diff = UnifiedDiff.Create("a\nb\n", "x\na\nb\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,3 @@\n+x\n a\n b\n", diff);
    }

    [Fact]
    public void Create_ZeroContext_ShowsOnlyChangedLines()
    {
        var diff = UnifiedDiff.Create(Seven, "a\nb\nc\nD\ne\nf\ng\n", "old", "new", context: 0);

        Assert.Equal("--- old\n+++ new\n@@ -4 +4 @@\n-d\n+D\n", diff);
    }

    [Fact]
    public void Create_WithHeadings_EachHunkNamesThePartItChanges()
    {
        var old = ApiVersionText.Render("SELECT 1\n" + Lines(2, 12), """[{"name": "a"}]""", null, "[]", "[]");
        var changed = ApiVersionText.Render("SELECT 1\n" + Lines(2, 12), """[{"name": "b"}]""", null, """["id"]""", "[]");

        var diff = UnifiedDiff.Create(old, changed, "version 1", "draft", hunkHeading: ApiVersionText.PartOf);

        Assert.Equal(["@@ -14,11 +14,13 @@ params"], Hunks(diff));
        Assert.Contains("-    \"name\": \"a\"\n+    \"name\": \"b\"\n", diff, StringComparison.Ordinal);
        Assert.Contains(" === identifiers ===\n-[]\n+[\n+  \"id\"\n+]\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameParamsInAnotherKeyOrder_GivesTheSameText()
    {
        var first = ApiVersionText.Render("SELECT 1", """[{"name": "a", "data_type": "string"}]""", "x", "[]", """[{"name": "t", "values": {}}]""");
        var second = ApiVersionText.Render("SELECT 1\n", """[{"data_type":"string","name":"a"}]""", "x\n", "[ ]", """[{"values": {}, "name": "t"}]""");

        Assert.Equal(first, second);
        Assert.Equal(
            "=== content ===\nSELECT 1\n=== params ===\n[\n  {\n    \"data_type\": \"string\",\n    \"name\": \"a\"\n  }\n]\n" +
            "=== result_transform ===\nx\n=== identifiers ===\n[]\n=== tests ===\n[\n  {\n    \"name\": \"t\",\n    \"values\": {}\n  }\n]\n", first);
    }

    private static string Lines(int from, int to, params (int Line, string Text)[] replaced) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => replaced.Where(r => r.Line == i).Select(r => r.Text).FirstOrDefault(i.ToString()) + "\n"));

    private static string[] Hunks(string diff) => diff.Split('\n').Where(line => line.StartsWith("@@", StringComparison.Ordinal)).ToArray();
}
