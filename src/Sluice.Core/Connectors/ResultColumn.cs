namespace Sluice.Core.Connectors;

/// <summary>A column a prepared statement would return, as the database describes it.</summary>
/// <param name="Name">The column's name in the result.</param>
/// <param name="Type">The database's type name (<c>integer</c>, <c>VARCHAR</c>…); empty when the engine cannot tell before running.</param>
/// <param name="Nullable">Whether it may be NULL; null when the database does not say.</param>
/// <param name="ClrType">The .NET type the driver reads it as, when known before running.</param>
public sealed record ResultColumn(string Name, string Type, bool? Nullable, Type? ClrType);
