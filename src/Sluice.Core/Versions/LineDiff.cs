namespace Sluice.Core.Versions;

/// <summary>The shortest edit script between two lists of lines (Myers' O(ND) algorithm), after
/// setting aside their common head and tail.</summary>
internal static class LineDiff
{
    /// <summary>How many differing lines the search goes to. Its memory grows with the square
    /// of this; past it the middle is reported as all deleted and all inserted, which is a
    /// correct diff, just not the smallest.</summary>
    public const int MaxEditDistance = 1000;

    /// <summary>Every line of both texts in order, each kept, deleted or inserted.</summary>
    public static List<DiffEdit> Compute(IReadOnlyList<DiffLine> oldLines, IReadOnlyList<DiffLine> newLines, int maxEditDistance = MaxEditDistance)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var (a, b) = Intern(oldLines, newLines);
        var edits = new List<DiffEdit>(a.Length + b.Length);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            edits.Add(new DiffEdit(DiffEditKind.Keep, head, head));
            head++;
        }
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }
        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        if (!TryShortest(a, b, head, n, m, maxEditDistance, edits))
        {
            AllReplaced(head, n, m, edits);
        }
        for (var i = 0; i < tail; i++)
        {
            edits.Add(new DiffEdit(DiffEditKind.Keep, head + n + i, head + m + i));
        }
        return edits;
    }

    /// <summary>Myers' greedy search over a[start..start+n) and b[start..start+m), recording the
    /// furthest point of each diagonal after every step, then walking back from the end.</summary>
    private static bool TryShortest(int[] a, int[] b, int start, int n, int m, int maxEditDistance, List<DiffEdit> edits)
    {
        if (n == 0 || m == 0)
        {
            AllReplaced(start, n, m, edits);
            return true;
        }
        var limit = Math.Min(n + m, maxEditDistance);
        var offset = limit + 1;
        var furthest = new int[2 * limit + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                    ? furthest[offset + k + 1]
                    : furthest[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[start + x] == b[start + y])
                {
                    x++;
                    y++;
                }
                furthest[offset + k] = x;
                if (x >= n && y >= m)
                {
                    WalkBack(trace, d, n, m, start, edits);
                    return true;
                }
            }
            trace.Add(furthest[(offset - d)..(offset + d + 1)]);
        }
        return false;
    }

    private static void WalkBack(List<int[]> trace, int distance, int n, int m, int start, List<DiffEdit> edits)
    {
        var reversed = new List<DiffEdit>(n + m);
        var (x, y) = (n, m);
        for (var d = distance; d > 0; d--)
        {
            // trace[d - 1] holds diagonals -(d - 1) .. d - 1 after step d - 1.
            var before = trace[d - 1];
            var k = x - y;
            var down = k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = before[previousK + d - 1];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                reversed.Add(new DiffEdit(DiffEditKind.Keep, start + x, start + y));
            }
            if (down)
            {
                y--;
                reversed.Add(new DiffEdit(DiffEditKind.Insert, start + x, start + y));
            }
            else
            {
                x--;
                reversed.Add(new DiffEdit(DiffEditKind.Delete, start + x, start + y));
            }
        }
        while (x > 0 && y > 0)
        {
            x--;
            y--;
            reversed.Add(new DiffEdit(DiffEditKind.Keep, start + x, start + y));
        }
        reversed.Reverse();
        edits.AddRange(reversed);
    }

    private static void AllReplaced(int start, int n, int m, List<DiffEdit> edits)
    {
        for (var i = 0; i < n; i++)
        {
            edits.Add(new DiffEdit(DiffEditKind.Delete, start + i, start));
        }
        for (var j = 0; j < m; j++)
        {
            edits.Add(new DiffEdit(DiffEditKind.Insert, start + n, start + j));
        }
    }

    /// <summary>Lines as numbers, equal numbers for equal lines, so the search compares ints.</summary>
    private static (int[] Old, int[] New) Intern(IReadOnlyList<DiffLine> oldLines, IReadOnlyList<DiffLine> newLines)
    {
        var ids = new Dictionary<DiffLine, int>();
        return (Numbers(oldLines), Numbers(newLines));

        int[] Numbers(IReadOnlyList<DiffLine> lines)
        {
            var numbers = new int[lines.Count];
            for (var i = 0; i < numbers.Length; i++)
            {
                if (!ids.TryGetValue(lines[i], out var id))
                {
                    ids[lines[i]] = id = ids.Count;
                }
                numbers[i] = id;
            }
            return numbers;
        }
    }
}
