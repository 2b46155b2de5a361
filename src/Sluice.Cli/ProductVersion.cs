using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Sluice.Cli;

/// <summary><c>sluice --version</c>: the product version of this build, whichever process
/// hosts the command line.</summary>
internal sealed class ProductVersion : SynchronousCommandLineAction
{
    /// <summary>The informational version, e.g. <c>0.1.0+3f2c…</c> (the commit it was built from).</summary>
    public static string Text { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override bool ClearsParseErrors => true;

    public static void Configure(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.OfType<VersionOption>().Single().Action = new ProductVersion();
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine($"{SluiceCli.Name} {Text}");
        return ExitCodes.Ok;
    }
}
