using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Sluice.Server.Management.Apis;

/// <summary>Why a version is being made; <c>force</c> commits even when the SQL check finds problems.</summary>
internal sealed record CommitRequest(
    [property: Required, Description("What changed and why, up to 1000 characters.")] string? CommitMessage,
    [property: Description("Commit even when the database's check of the SQL finds problems; the audit record says so.")] bool? Force = null);
