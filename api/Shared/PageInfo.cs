using Actors.GraphQL.Binding;

namespace Marketplace.Api;

/// <summary>Relay's page information of a connection.</summary>
[GraphQLRuntimeType("PageInfo")]
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Page sizes every connection accepts.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary><paramref name="first"/> when it is 1..<see cref="MaxPageSize"/>; an <c>INVALID_INPUT</c> error otherwise.</summary>
    public static int Size(int first) =>
        first is >= 1 and <= MaxPageSize ? first : throw DomainException.InvalidInput("first", $"first must be between 1 and {MaxPageSize}; it is {first}.");
}
