using Actors.Runtime.Hosting;
using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>The <see cref="IGrainFactory"/> of a silo or client: generated proxies bound to its message sender.</summary>
internal sealed class GrainFactory(GrainManifest manifest, IMessageSender sender) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return manifest.CreateReference<TGrainInterface>(key, sender);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey =>
        manifest.CreateReference<TGrainInterface>(key.ToString("N"), sender);
}
