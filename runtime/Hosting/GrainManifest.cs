using System.Reflection;
using Actors.Runtime.Messaging;

namespace Actors.Runtime.Hosting;

/// <summary>
/// Every grain interface (with its proxy factory) and grain class the silo can serve, gathered at
/// startup from the generated manifest providers of the application's assemblies.
/// </summary>
public sealed class GrainManifest
{
    private readonly Dictionary<Type, Func<GrainId, IMessageSender, object>> _proxies = [];
    private readonly Dictionary<string, GrainClass> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, GrainClass> _classByInterface = [];
    private readonly HashSet<Assembly> _assemblies = [];
    private readonly Dictionary<string, string> _remoteGrainTypes = new(StringComparer.Ordinal);

    public IEnumerable<GrainClass> GrainClasses => _classes.Values;

    /// <summary>Adds the generated parts of <paramref name="assembly"/> (once, however often it is named).</summary>
    public GrainManifest AddAssembly(Assembly assembly)
    {
        if (!_assemblies.Add(assembly))
        {
            return this;
        }

        var providers = assembly.GetCustomAttributes<ManifestProviderAttribute>().ToList();
        if (providers.Count == 0)
        {
            throw new InvalidOperationException(
                $"Assembly {assembly.GetName().Name} has no generated grain manifest: reference runtime.codegen as an analyzer in its project.");
        }

        foreach (var provider in providers)
        {
            ((IManifestProvider)Activator.CreateInstance(provider.ProviderType)!).Populate(this);
        }

        return this;
    }

    /// <summary>Registers the proxy factory of grain interface <typeparamref name="TInterface"/>.</summary>
    public void AddInterface<TInterface>(Func<GrainId, IMessageSender, TInterface> proxyFactory)
        where TInterface : class, IGrain =>
        _proxies[typeof(TInterface)] = proxyFactory;

    /// <summary>Registers a grain class; its interfaces then resolve to it.</summary>
    public void AddGrainClass(GrainClass grainClass)
    {
        if (_classes.TryGetValue(grainClass.GrainType, out var existing) && existing.ClassType != grainClass.ClassType)
        {
            throw new InvalidOperationException(
                $"Grain classes {existing.ClassType.FullName} and {grainClass.ClassType.FullName} both have grain type '{grainClass.GrainType}'; name one with [GrainType].");
        }

        _classes[grainClass.GrainType] = grainClass;
        foreach (var grainInterface in grainClass.Interfaces)
        {
            if (_classByInterface.TryGetValue(grainInterface, out var other) && other.ClassType != grainClass.ClassType)
            {
                throw new InvalidOperationException(
                    $"Grain interface {grainInterface.Name} is implemented by both {other.ClassType.Name} and {grainClass.ClassType.Name}; one grain class per interface.");
            }

            _classByInterface[grainInterface] = grainClass;
        }
    }

    /// <summary>
    /// Learns the grain types of interfaces whose classes run elsewhere (a cluster client learns them from its
    /// gateway): grain interface full name to grain type.
    /// </summary>
    public void AddGrainTypes(IEnumerable<KeyValuePair<string, string>> grainTypes)
    {
        lock (_remoteGrainTypes)
        {
            foreach (var (grainInterface, grainType) in grainTypes)
            {
                _remoteGrainTypes[grainInterface] = grainType;
            }
        }
    }

    /// <summary>The grain class with type name <paramref name="grainType"/>.</summary>
    public bool TryGetGrainClass(string grainType, out GrainClass grainClass) =>
        _classes.TryGetValue(grainType, out grainClass!);

    /// <summary>A proxy for the grain of <typeparamref name="TInterface"/> with <paramref name="key"/>.</summary>
    public TInterface CreateReference<TInterface>(string key, IMessageSender sender)
    {
        string? grainType;
        if (_classByInterface.TryGetValue(typeof(TInterface), out var grainClass))
        {
            grainType = grainClass.GrainType;
        }
        else
        {
            lock (_remoteGrainTypes)
            {
                _remoteGrainTypes.TryGetValue(typeof(TInterface).FullName!, out grainType);
            }
        }

        if (grainType is null)
        {
            throw new InvalidOperationException(
                $"No grain class implements {typeof(TInterface).Name}: add the assembly that holds it to the silo (a cluster client learns the cluster's grain classes from its gateway).");
        }

        if (!_proxies.TryGetValue(typeof(TInterface), out var proxy))
        {
            throw new InvalidOperationException(
                $"No proxy was generated for {typeof(TInterface).Name}: reference runtime.codegen as an analyzer in its project.");
        }

        return (TInterface)proxy(new GrainId(grainType, key), sender);
    }
}
