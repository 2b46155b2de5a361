namespace Sluice.Server.Hosting;

/// <summary>Why a request body was refused: the status to answer and a message that says
/// what was wrong and how to fix it.</summary>
internal sealed record BodyProblem(int Status, string Title, string Detail);
