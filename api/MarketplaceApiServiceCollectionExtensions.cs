using System.Reflection;
using Actors.GraphQL.Binding;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Protection;
using Actors.GraphQL.Transport;
using Actors.GraphQL.Types;
using Marketplace.Api.Auth;
using Marketplace.Api.Chat;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Api;

/// <summary>Puts the marketplace's GraphQL api (schema.graphql bound to this assembly's resolvers, bearer auth) into a host.</summary>
public static class MarketplaceApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the api: bearer-token authentication from the <c>Auth</c> section, the request executor over
    /// <c>schema.graphql</c> (every field bound and checked when the executor is first made — at startup, by
    /// <see cref="MapMarketplaceApi"/>), the GraphQL transports with WebSocket auth in <c>connection_init</c>, and the typing relay (in-process).
    /// The host must also provide the grain factory and stream provider (a silo, or a cluster client).
    /// </summary>
    public static IServiceCollection AddMarketplaceApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions());
        services.AddSingleton<TokenKeys>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<ConnectionInitAuthenticator>();
        services.AddSingleton<TypingRelay>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<RememberingTokenHandler>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenKeys, RememberingTokenHandler>((options, keys, handler) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = keys.Validation;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(handler);
        });

        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            LoadSchema(provider),
            new RequestExecutorOptions
            {
                TranslateException = DomainErrors.Translate,
                RequestRules = [new RequestProtection(new ProtectionOptions())],
                TimeProvider = provider.GetRequiredService<TimeProvider>(),
            },
            provider.GetRequiredService<ILogger<RequestExecutor>>()));
        services.AddGraphQLServer();
        services.AddOptions<GraphQLServerOptions>().Configure<ConnectionInitAuthenticator>(
            (options, authenticator) => options.ConnectionInitAuthorizer = authenticator.AuthenticateAsync);
        return services;
    }

    /// <summary>Maps GraphQL at <c>/graphql</c> behind bearer authentication, and makes the executor now, so a resolver that does not fit the schema stops startup.</summary>
    public static WebApplication MapMarketplaceApi(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<TokenKeys>();
        if (keys.IsGenerated)
        {
            ApiLog.GeneratedSigningKey(app.Logger);
        }

        _ = app.Services.GetRequiredService<IRequestExecutor>();
        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        return app;
    }

    /// <summary>schema.graphql (embedded in this assembly) with every resolver class of the assembly bound and verified.</summary>
    public static Schema LoadSchema(IServiceProvider? services = null)
    {
        using var stream = typeof(MarketplaceApiServiceCollectionExtensions).Assembly.GetManifestResourceStream("Marketplace.Api.schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded in Marketplace.Api.");
        using var reader = new StreamReader(stream);
        return SchemaBinding.Create(SchemaBuilder.Build(reader.ReadToEnd()), services)
            .BindAll(Assembly.GetExecutingAssembly())
            .Verify();
    }
}
