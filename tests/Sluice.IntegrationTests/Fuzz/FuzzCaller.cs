namespace Sluice.IntegrationTests.Fuzz;

/// <summary>Who sends a generated request.</summary>
internal enum FuzzCaller
{
    Superuser,
    Developer,
    Anonymous,
}
