using System.Diagnostics;

namespace Sluice.IntegrationTests.Infrastructure;

/// <summary>Runs tests/openapi-validator (Node.js, the official OpenAPI 3.0/3.1 JSON Schemas
/// through an independent package, pinned by its package-lock.json) on a document. Not the
/// library that generated the document: a document that only agrees with its own generator
/// would pass. scripts/test.sh installs it; when it is missing the test fails saying so.</summary>
internal static class OpenApiValidator
{
    private const string Folder = "tests/openapi-validator";

    /// <summary>Whether the document is valid, and what the validator printed.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string documentJson)
    {
        var folder = FindFolder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@seriousme", "openapi-schema-validator")),
            $"The OpenAPI validator is not installed: run `npm ci` in {Folder} (scripts/test.sh does it).");
        var file = Path.Combine(Path.GetTempPath(), $"sluice-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, documentJson);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("validate.mjs");
            start.ArgumentList.Add(file);
            using var process = Start(start);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await Eventually.CompletesAsync(process.WaitForExitAsync(), "the OpenAPI validator");
            var printed = await output + await error;
            Assert.True(process.ExitCode is 0 or 1, $"The OpenAPI validator could not run (exit {process.ExitCode}): {printed}");
            return (process.ExitCode == 0, printed);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"The OpenAPI validator needs Node.js (`node` on PATH): {exception.Message}", exception);
        }
    }

    /// <summary>The validator's folder, found from the test assembly upwards (the repository root).</summary>
    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Folder);
            if (File.Exists(Path.Combine(candidate, "validate.mjs")))
            {
                return candidate;
            }
        }
        Assert.Fail($"{Folder}/validate.mjs was not found above {AppContext.BaseDirectory}.");
        return "";
    }
}
