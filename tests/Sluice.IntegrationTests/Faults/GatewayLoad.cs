using System.Collections.Concurrent;
using System.Net;
using Sluice.IntegrationTests.Infrastructure;

namespace Sluice.IntegrationTests.Faults;

/// <summary>A few tasks calling one gateway path in a loop until stopped (or a bound on calls is
/// reached), recording every answer, so a fault can be injected while requests are in flight.</summary>
internal sealed class GatewayLoad
{
    private const int MaxCallsPerWorker = 20_000;

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly Task[] _workers;

    private GatewayLoad(HttpClient http, string path, string? token, int workers) =>
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(() => CallAsync(http, path, token)))];

    public static GatewayLoad Start(HttpClient http, string path, string? token = null, int workers = 3) => new(http, path, token, workers);

    /// <summary>Answers recorded so far.</summary>
    public IReadOnlyCollection<Answer> Answers => _answers;

    /// <summary>Waits until some answer has <paramref name="status"/>.</summary>
    public Task UntilAnsweredAsync(HttpStatusCode status) =>
        Eventually.UntilAsync(() => Task.FromResult(_answers.Any(answer => answer.Status == status)), $"the load got a {(int)status}");

    /// <summary>Stops the workers and returns every answer.</summary>
    public async Task<IReadOnlyCollection<Answer>> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
        _stop.Dispose();
        return _answers;
    }

    private async Task CallAsync(HttpClient http, string path, string? token)
    {
        for (var i = 0; i < MaxCallsPerWorker && !_stop.IsCancellationRequested; i++)
        {
            using var response = await http.GetAsync(path, token);
            var body = await response.Content.ReadAsStringAsync();
            _answers.Enqueue(new Answer(response.StatusCode, body));
        }
    }

    public sealed record Answer(HttpStatusCode Status, string Body);
}
