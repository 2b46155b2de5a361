using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Apis;

/// <summary>Why a version is being made.</summary>
internal sealed record CommitRequest([property: Required, Description("What changed and why, up to 1000 characters.")] string? CommitMessage);
