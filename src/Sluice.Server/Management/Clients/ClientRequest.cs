using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Clients;

/// <summary>A client as an operator writes it; on update, absent fields keep their value.</summary>
internal sealed record ClientRequest(
    [property: Required, Description("A unique name.")] string? Name,
    [property: Description("Notes for people.")] string? Description,
    [property: Description("Gateway calls per minute; 0 is unlimited.")] int? RateLimitPerMinute,
    [property: Description("Gateway calls running at once.")] int? MaxConcurrent,
    [property: Description("Lifetime of the tokens it gets from /api/token/generate.")] int? TokenExpireSeconds,
    [property: Description("An inactive client gets no tokens.")] bool? IsActive,
    [property: Description("The private APIs it may call.")] long[]? ApiIds,
    [property: Description("The groups whose APIs it may call.")] long[]? GroupIds);
