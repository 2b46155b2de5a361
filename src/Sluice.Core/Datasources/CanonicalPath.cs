namespace Sluice.Core.Datasources;

/// <summary>The path the operating system would really open: absolute, every symbolic link
/// followed and every <c>..</c> applied after the link it follows, as <c>realpath</c> does.
/// Components that do not exist yet are kept as written.</summary>
internal static class CanonicalPath
{
    // The same bound the kernel uses before it answers ELOOP.
    private const int MaxLinks = 40;

    /// <summary>The canonical form of <paramref name="path"/> (relative to
    /// <paramref name="baseDirectory"/>); null when the links loop.</summary>
    public static string? Resolve(string path, string baseDirectory)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(baseDirectory, path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Components(absolute[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            // Resolve the target, then whatever followed the link, from where the link points.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            foreach (var piece in Components(target).Reverse())
            {
                pending.Push(piece);
            }
        }
        return current;
    }

    // A component that cannot be inspected (a folder without search permission) cannot be
    // opened through either, so it is taken as written.
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
