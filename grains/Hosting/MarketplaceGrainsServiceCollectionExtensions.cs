using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Grains.Hosting;

/// <summary>Registers what the marketplace's grains take in their constructors, besides what the runtime provides.</summary>
public static class MarketplaceGrainsServiceCollectionExtensions
{
    public static IServiceCollection AddMarketplaceGrains(this IServiceCollection services, Action<MarketplaceGrainOptions>? configure = null)
    {
        var options = new MarketplaceGrainOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        return services;
    }
}
