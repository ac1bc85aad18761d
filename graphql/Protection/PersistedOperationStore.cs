using System.Security.Cryptography;
using System.Text;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Protection;

/// <summary>
/// The trusted documents of a deployment, loaded from a folder of <c>*.graphql</c> files (each known by
/// the SHA-256 of its text) or added in code; what frontends send as <c>documentId</c> (or Apollo's
/// <c>extensions.persistedQuery.sha256Hash</c>).
/// </summary>
public sealed class PersistedOperationStore : IPersistedDocumentStore
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every <c>*.graphql</c> file of <paramref name="folder"/>, by the hash of its text.</summary>
    public static PersistedOperationStore FromFolder(string folder)
    {
        var store = new PersistedOperationStore();
        foreach (var file in Directory.GetFiles(folder, "*.graphql"))
        {
            store.Add(File.ReadAllText(file));
        }

        return store;
    }

    /// <summary>Adds <paramref name="document"/>; returns its id.</summary>
    public string Add(string document)
    {
        var id = IdOf(document);
        _documents[id] = document;
        return id;
    }

    public ValueTask<string?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.GetValueOrDefault(documentId));

    /// <summary>The id of a document: SHA-256 of its UTF-8 text, lower-case hex.</summary>
    public static string IdOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
