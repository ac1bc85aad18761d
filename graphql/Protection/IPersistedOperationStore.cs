namespace Actors.GraphQL.Protection;

/// <summary>Trusted (persisted) operations by id: the SHA-256 hash, lower-case hex, of the document text.</summary>
public interface IPersistedOperationStore
{
    bool TryGet(string id, out string document);
}
