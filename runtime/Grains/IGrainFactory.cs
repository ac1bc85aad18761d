namespace Actors.Runtime;

/// <summary>
/// Hands out grain references. A reference is cheap and activates nothing: the grain is activated
/// on its first call, wherever the runtime places it.
/// </summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey;

    TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey;
}
