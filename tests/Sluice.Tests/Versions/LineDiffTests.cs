using Sluice.Core.Versions;

namespace Sluice.Tests.Versions;

public sealed class LineDiffTests
{
    [Fact]
    public void Compute_RandomTexts_RebuildsBothWithTheFewestEdits()
    {
        var random = new Random(20261120);
        for (var round = 0; round < 500; round++)
        {
            var old = RandomLines(random);
            var changed = RandomLines(random);

            var edits = LineDiff.Compute(old, changed);

            Assert.Equal(old, Rebuild(edits, old, DiffEditKind.Insert));
            Assert.Equal(changed, Rebuild(edits, changed, DiffEditKind.Delete));
            Assert.Equal(old.Length + changed.Length - 2 * CommonLength(old, changed), edits.Count(edit => edit.Kind != DiffEditKind.Keep));
        }
    }

    [Fact]
    public void Compute_MoreDifferencesThanTheLimit_StillRebuildsBoth()
    {
        var old = Enumerable.Range(0, 40).Select(i => new DiffLine("old " + i, true)).ToArray();
        var changed = Enumerable.Range(0, 40).Select(i => new DiffLine(i % 2 == 0 ? "old " + i : "new " + i, true)).ToArray();

        var edits = LineDiff.Compute(old, changed, maxEditDistance: 5);

        Assert.Equal(old, Rebuild(edits, old, DiffEditKind.Insert));
        Assert.Equal(changed, Rebuild(edits, changed, DiffEditKind.Delete));
        Assert.Equal(new DiffEdit(DiffEditKind.Keep, 0, 0), edits[0]);
    }

    [Fact]
    public void Split_FinalBreak_EndsTheLastLineInsteadOfStartingOne()
    {
        Assert.Empty(DiffLine.Split(""));
        Assert.Equal([new DiffLine("", true)], DiffLine.Split("\n"));
        Assert.Equal([new DiffLine("a", true), new DiffLine("b", false)], DiffLine.Split("a\nb"));
        Assert.Equal([new DiffLine("a", true), new DiffLine("", true)], DiffLine.Split("a\n\n"));
    }

    private static DiffLine[] RandomLines(Random random) =>
        Enumerable.Range(0, random.Next(0, 12)).Select(_ => new DiffLine(((char)('a' + random.Next(4))).ToString(), true)).ToArray();

    /// <summary>The lines an edit script keeps from one side, read back from that side.</summary>
    private static DiffLine[] Rebuild(List<DiffEdit> edits, DiffLine[] side, DiffEditKind otherSide)
    {
        var rebuilt = new List<DiffLine>();
        foreach (var edit in edits.Where(edit => edit.Kind != otherSide))
        {
            rebuilt.Add(side[otherSide == DiffEditKind.Insert ? edit.OldIndex : edit.NewIndex]);
        }
        return [.. rebuilt];
    }

    private static int CommonLength(DiffLine[] a, DiffLine[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        return lengths[0, 0];
    }
}
