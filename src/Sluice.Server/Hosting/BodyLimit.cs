using Sluice.Core.Settings;

namespace Sluice.Server.Hosting;

/// <summary>The largest request body a route reads, and the setting that raises it, so a 413
/// can tell the caller (and the operator) what to change.</summary>
internal sealed record BodyLimit(long Bytes, string Setting)
{
    public static BodyLimit Management(SluiceSettings settings) => new(settings.ManagementMaxBodyBytes, "MANAGEMENT_MAX_BODY_BYTES");

    public static BodyLimit Gateway(SluiceSettings settings) => new(settings.GatewayMaxBodyBytes, "GATEWAY_MAX_BODY_BYTES");
}
