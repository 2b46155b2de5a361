using BenchmarkDotNet.Running;

namespace Sluice.Bench.Micro;

internal static class Program
{
    // Arguments are BenchmarkDotNet's: --filter '*Render*', --job short, --list flat, ...
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
