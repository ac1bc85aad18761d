using Marketplace.Api.Gateway;

// dotnet run --project api [-- --Key=value ...]: the GraphQL gateway on its own, a cluster client of the silos.
return await GatewayHost.RunAsync(args);
