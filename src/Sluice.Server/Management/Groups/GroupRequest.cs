using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Groups;

/// <summary>A group as an operator writes it; on update, absent fields keep their value.</summary>
internal sealed record GroupRequest(
    [property: Required, Description("A unique name.")] string? Name,
    [property: Description("Notes for people.")] string? Description,
    [property: Description("An inactive group grants nothing.")] bool? IsActive,
    [property: Description("The private APIs its clients may call.")] long[]? ApiIds);
