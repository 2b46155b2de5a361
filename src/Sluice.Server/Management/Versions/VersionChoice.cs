using Microsoft.AspNetCore.Http;
using Sluice.Server.Hosting;

namespace Sluice.Server.Management.Versions;

/// <summary>Finds the version a request names by number (<c>version</c>) or by id
/// (<c>version_id</c>), or the newest when it names none, for APIs and macros alike.</summary>
internal static class VersionChoice
{
    /// <summary>The version, or the problem to answer: 400 when both are given, 404 naming an
    /// unknown number or id, 409 when there is no version at all.</summary>
    /// <param name="number">The number asked for, if any.</param>
    /// <param name="versionId">The id asked for, if any.</param>
    /// <param name="owner">What owns the versions, for messages: "API 5", "macro 3".</param>
    /// <param name="byNumber">Looks a version up by number.</param>
    /// <param name="byId">Looks a version up by id.</param>
    /// <param name="newest">The newest version, if any.</param>
    /// <param name="commitHint">How to make a first version, for the 409.</param>
    public static async Task<(T? Version, IResult? Problem)> FindAsync<T>(int? number, long? versionId, string owner,
        Func<int, Task<T?>> byNumber, Func<long, Task<T?>> byId, Func<Task<T?>> newest, string commitHint) where T : class
    {
        if (number is not null && versionId is not null)
        {
            var errors = new FieldErrors();
            errors.Add("version", "and version_id name the same thing; send one of them (or neither, for the newest version).");
            return (null, errors.ToProblem());
        }
        if (number is { } n)
        {
            return await byNumber(n) is { } found ? (found, null) : (null, NumberNotFound(owner, n));
        }
        if (versionId is { } id)
        {
            return await byId(id) is { } found ? (found, null) : (null, Problems.NotFound($"version of {owner} with id", id));
        }
        return await newest() is { } latest ? (latest, null) : (null, Problems.Status(StatusCodes.Status409Conflict, "Nothing to publish",
            $"{owner} has no versions yet; {commitHint}."));
    }

    /// <summary>404 naming a version number the owner does not have.</summary>
    public static IResult NumberNotFound(string owner, int number) =>
        Problems.Status(StatusCodes.Status404NotFound, "Not found", $"{owner} has no version number {number}; GET its versions to see the numbers it has.");
}
