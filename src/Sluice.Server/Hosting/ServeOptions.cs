using Microsoft.Extensions.DependencyInjection;

namespace Sluice.Server.Hosting;

/// <summary>How to host the server: where to listen and what to do at startup.</summary>
public sealed record ServeOptions
{
    /// <summary>Listen addresses, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8080"];

    /// <summary>Apply pending migrations before serving.</summary>
    public bool ApplyMigrations { get; init; } = true;

    /// <summary>Create the demo datasource and APIs if they are missing.</summary>
    public bool Demo { get; init; }

    /// <summary>Last word on service registrations (tests swap the clock here).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
