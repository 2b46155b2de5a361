using Microsoft.Extensions.FileProviders;

namespace Sluice.Server.Dashboard;

/// <summary>The built web app (<c>web/dist</c>), embedded in this assembly by the build. Empty
/// when the assembly was built without it, in which case <c>/</c> answers 404 as before.</summary>
internal sealed class DashboardFiles
{
    /// <summary>The folder the build embeds the files under (see Sluice.Server.csproj).</summary>
    public const string Root = "dashboard";

    public DashboardFiles()
    {
        var assembly = typeof(DashboardFiles).Assembly;
        // The manifest exists once the project embeds anything; the app may still be absent.
        Provider = assembly.GetManifestResourceNames().Any(name => name.EndsWith("Microsoft.Extensions.FileProviders.Embedded.Manifest.xml", StringComparison.Ordinal))
            ? new ManifestEmbeddedFileProvider(assembly, Root)
            : new NullFileProvider();
        Index = Provider.GetFileInfo("index.html");
    }

    /// <summary>The app's files, by their path under <c>web/dist</c>.</summary>
    public IFileProvider Provider { get; }

    /// <summary>The app's entry page; <c>Exists</c> is false when the app was not built in.</summary>
    public IFileInfo Index { get; }
}
