using Microsoft.Extensions.Logging;
using Sluice.Core.Settings;

namespace Sluice.Server.Observability;

/// <summary>Console logs: one readable line per event in local, JSON elsewhere; both with
/// scopes so the request id is on every line.</summary>
internal static class LoggingSetup
{
    public static ILoggingBuilder AddSluiceLogging(this ILoggingBuilder logging, SluiceSettings settings)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // Nothing here uses Data Protection (no cookies); its key-storage warning is noise.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        if (settings.IsLocal)
        {
            logging.AddSimpleConsole(options =>
            {
                options.IncludeScopes = true;
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
                options.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                options.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }
        return logging;
    }
}
