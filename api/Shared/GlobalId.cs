using System.Buffers.Text;
using System.Text;

namespace Marketplace.Api;

/// <summary>
/// Relay's opaque global ids: the type name and the object's own id, <c>Type:id</c> in base64url. Frontends treat
/// them as opaque; <c>node(id:)</c> reads them back.
/// </summary>
public static class GlobalId
{
    public static string Of(string typeName, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    /// <summary>The type name and id inside <paramref name="globalId"/>, or null when it is not one of ours.</summary>
    public static (string TypeName, string Id)? Parse(string globalId)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 ? (text[..colon], text[(colon + 1)..]) : null;
    }

    /// <summary>The id of a <paramref name="typeName"/> inside <paramref name="globalId"/>; an <c>INVALID_INPUT</c> refusal naming <paramref name="field"/> otherwise.</summary>
    public static string Expect(string typeName, string globalId, string field) =>
        Parse(globalId) is { } parsed && parsed.TypeName == typeName
            ? parsed.Id
            : throw DomainException.InvalidInput(field, $"\"{globalId}\" is not the id of a {typeName}.");
}
