using System.Text.Json.Nodes;
using Jint.Native.Promise;

namespace Sluice.Core.Scripting;

/// <summary>A promise-returning host call under way: the host's task, and the Promise the script
/// got for it, settled by the run's loop once the task finishes.</summary>
/// <param name="Task">The host's work.</param>
/// <param name="Promise">What the script awaits.</param>
internal sealed record PendingHostCall(Task<JsonNode?> Task, ManualPromise Promise);
