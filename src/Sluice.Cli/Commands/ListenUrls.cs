using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.AspNetCore.Http;

namespace Sluice.Cli.Commands;

/// <summary><c>serve --urls</c>: one or more http(s) addresses separated by ';' or ',', checked
/// when the command line is parsed so a wrong one is a usage error, not a crash at startup.</summary>
internal static class ListenUrls
{
    public const string Default = "http://127.0.0.1:8080";

    public static Option<string[]> CreateOption() => new("--urls")
    {
        Description = "Addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080;http://[::]:8080).",
        HelpName = "urls",
        Arity = ArgumentArity.ExactlyOne,
        DefaultValueFactory = _ => [Default],
        CustomParser = Parse,
    };

    private static string[]? Parse(ArgumentResult result)
    {
        var raw = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var urls = raw.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            result.AddError($"--urls needs at least one address, e.g. --urls {Default}.");
            return null;
        }
        foreach (var url in urls)
        {
            if (Problem(url) is { } problem)
            {
                result.AddError($"--urls: '{url}' {problem}; expected an address such as {Default} (several separated by ';').");
                return null;
            }
        }
        return urls;
    }

    private static string? Problem(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return "is not a URL with a scheme and host";
        }
        if (!address.Scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !address.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return "has a scheme other than http or https";
        }
        if (!address.IsUnixPipe && (address.Host.Length == 0 || address.Port is < 0 or > 65535))
        {
            return "has no host or a port outside 0-65535";
        }
        return null;
    }
}
