namespace Actors.Runtime.Hosting;

/// <summary>Generated per assembly: adds that assembly's grain proxies and grain classes to the manifest.</summary>
public interface IManifestProvider
{
    void Populate(GrainManifest manifest);
}

/// <summary>Names an assembly's generated <see cref="IManifestProvider"/>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ManifestProviderAttribute(Type providerType) : Attribute
{
    public Type ProviderType { get; } = providerType;
}
