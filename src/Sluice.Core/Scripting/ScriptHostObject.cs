using System.Text.Json.Nodes;

namespace Sluice.Core.Scripting;

/// <summary>One method of a host object: called with the script's arguments as JSON (undefined
/// arrives as null) and answering JSON. It never sees or hands out an engine value.</summary>
/// <param name="arguments">The script's arguments, each converted as <c>JSON.stringify</c> would.</param>
/// <param name="cancellationToken">Cancelled at the run's deadline or when the client goes away.</param>
public delegate ValueTask<JsonNode?> ScriptHostCall(IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken);

/// <summary>A method a script can call on a host object.</summary>
/// <param name="Name">The method's name, e.g. <c>query</c>.</param>
/// <param name="Call">What it does.</param>
/// <param name="ReturnsPromise">True for I/O (the script gets a Promise and awaits it); false
/// for methods answering at once (the script gets the value; <paramref name="Call"/> must then
/// complete synchronously).</param>
public sealed record ScriptHostMethod(string Name, ScriptHostCall Call, bool ReturnsPromise);

/// <summary>A frozen global object of host methods (<c>db</c>, <c>http</c>, <c>cache</c>…) defined
/// for one run.</summary>
/// <param name="Name">The global's name.</param>
/// <param name="Methods">Its methods.</param>
public sealed record ScriptHostObject(string Name, IReadOnlyList<ScriptHostMethod> Methods);

/// <summary>Thrown by a host method for a failure the script should see: it becomes a JS
/// <c>Error</c> with this message (a rejected Promise for promise-returning methods), which the
/// script may catch; uncaught, the run ends as a script error. Any other exception from a host
/// method is a bug of the host and ends the run as a script error with a generic message.</summary>
/// <param name="message">Plain words for the script author; never a .NET type name.</param>
public sealed class ScriptHostException(string message) : Exception(message);
