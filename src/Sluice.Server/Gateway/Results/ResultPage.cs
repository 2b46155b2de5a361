namespace Sluice.Server.Gateway.Results;

/// <summary>Pagination facts to put in the envelope, when the API paginates.</summary>
internal sealed record ResultPage(int Page, int PageSize, long? Total);
