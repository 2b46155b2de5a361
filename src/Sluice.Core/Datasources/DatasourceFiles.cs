namespace Sluice.Core.Datasources;

/// <summary>Where SQLite and DuckDB datasource files may lie: under one of the roots
/// (<c>DATASOURCE_FILE_ROOTS</c>), and never on Sluice's own files (the metadata store, the
/// generated keys, <c>.env</c>) or their journals, however the path is spelled. Checked on
/// the path alone, before any driver touches the file.</summary>
public sealed class DatasourceFiles
{
    // SQLite's journal, WAL and shared-memory files, DuckDB's WAL and spill folder.
    private static readonly string[] Siblings = ["", "-wal", "-shm", "-journal", ".wal", ".tmp"];

    // Root containment follows the file system: case-insensitive where names are.
    private static readonly StringComparison RootComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string[] _protected;

    /// <summary>Rules for the given roots and protected files; relative paths are taken from
    /// <paramref name="workingDirectory"/>.</summary>
    public DatasourceFiles(IEnumerable<string> roots, IEnumerable<string> protectedFiles, string workingDirectory)
    {
        WorkingDirectory = workingDirectory;
        Roots = roots.Select(root => CanonicalPath.Resolve(root, workingDirectory) ?? Path.GetFullPath(root, workingDirectory)).Distinct().ToArray();
        _protected = protectedFiles
            .SelectMany(file => new[] { Path.GetFullPath(file, workingDirectory), CanonicalPath.Resolve(file, workingDirectory) })
            .OfType<string>()
            .SelectMany(file => Siblings.Select(suffix => file + suffix))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>No roots and nothing protected: every plain path is allowed (for tools and tests
    /// that open a file they chose themselves).</summary>
    public static DatasourceFiles Unchecked { get; } = new([], [], Directory.GetCurrentDirectory());

    /// <summary>Folders datasource files must lie under (canonical); empty means anywhere.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>The folder relative paths start from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Checks <paramref name="database"/>; <paramref name="checkRoots"/> false skips the
    /// roots (an unrestricted datasource, or a pool re-checking a stored path) but never the
    /// protected files.</summary>
    public DatasourceFileCheck Check(string database, bool checkRoots)
    {
        if (string.IsNullOrWhiteSpace(database) || database.Contains('\0', StringComparison.Ordinal))
        {
            return Refused("must be a file path.");
        }
        if (LooksLikeUri(database))
        {
            return Refused($"'{database}' is not a plain file path; URIs, ':memory:' and other special names are not accepted. Write the file's path.");
        }
        var canonical = CanonicalPath.Resolve(database, WorkingDirectory);
        if (canonical is null)
        {
            return Refused($"'{database}' goes through too many symbolic links.");
        }
        if (IsProtected(canonical) || IsProtected(Path.GetFullPath(database, WorkingDirectory)))
        {
            return Refused($"'{database}' is one of Sluice's own files (the metadata store, a key file or their journals), which no datasource may open.");
        }
        if (checkRoots && Roots.Count > 0 && !Roots.Any(root => IsUnder(canonical, root)))
        {
            return Refused($"'{database}' is outside the folders datasource files may lie in ({string.Join(", ", Roots)}). "
                + "Move the file under one of them, or add its folder to DATASOURCE_FILE_ROOTS.");
        }
        return new DatasourceFileCheck(canonical, null);
    }

    private bool IsProtected(string path) => _protected.Contains(path, StringComparer.OrdinalIgnoreCase);

    private static bool IsUnder(string path, string root)
    {
        var folder = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(folder, RootComparison);
    }

    // "file:…", "md:…", "s3://…", ":memory:" — names a driver would not treat as a plain file.
    private static bool LooksLikeUri(string database)
    {
        var colon = database.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }
        // A Windows drive letter (C:\data\x.db) is a path.
        var isDrive = OperatingSystem.IsWindows() && colon == 1 && char.IsAsciiLetter(database[0]);
        var separator = database.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return !isDrive && (separator < 0 || colon < separator);
    }

    private static DatasourceFileCheck Refused(string error) => new(null, error);
}
