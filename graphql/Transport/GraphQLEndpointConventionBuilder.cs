using Microsoft.AspNetCore.Builder;

namespace Actors.GraphQL.Transport;

/// <summary>Applies conventions (authorization, CORS, metadata) to the endpoint and its GraphiQL assets alike.</summary>
internal sealed class GraphQLEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}
