using System.Buffers;
using Actors.Runtime.Clustering;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Networking;

/// <summary>Who is connecting: another silo of the cluster, or a cluster client.</summary>
internal enum PeerRole : byte
{
    Silo = 1,
    Client = 2,
}

/// <summary>
/// The first frames of a connection. The connecting side says which cluster it belongs to, what it is, and (a silo)
/// which silo it means to reach — a restarted silo on the same endpoint is another generation and refuses the
/// connections meant for its predecessor. The listening side welcomes it (a client with the grain types of the
/// cluster's interfaces, so that it can make grain references) or refuses it with a reason and closes.
/// </summary>
internal static class Handshake
{
    public static ControlFrame Hello(string clusterId, PeerRole role, string from, SiloAddress? to) => Write(FrameKinds.Hello, (ref Writer writer) =>
    {
        writer.WriteString(clusterId);
        writer.WriteVarUInt64((ulong)role);
        writer.WriteString(from);
        writer.WriteString(to?.ToString() ?? "");
    });

    public static (string ClusterId, PeerRole Role, string From, SiloAddress? To) ReadHello(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        var clusterId = reader.ReadString();
        var role = (PeerRole)reader.ReadVarUInt64();
        if (role is not (PeerRole.Silo or PeerRole.Client))
        {
            throw new WireFormatException($"A hello names role {(int)role}, which is neither a silo nor a client.");
        }

        var from = reader.ReadString();
        var to = reader.ReadString();
        return (clusterId, role, from, to.Length == 0 ? null : SiloAddress.Parse(to));
    }

    /// <summary>The welcome: the accepting silo and, for a client, grain interface full names with their grain types.</summary>
    public static ControlFrame Welcome(SiloAddress silo, IReadOnlyCollection<KeyValuePair<string, string>> grainTypes) => Write(FrameKinds.Welcome, (ref Writer writer) =>
    {
        writer.WriteString(silo.ToString());
        writer.WriteVarUInt64((ulong)grainTypes.Count);
        foreach (var (grainInterface, grainType) in grainTypes)
        {
            writer.WriteString(grainInterface);
            writer.WriteString(grainType);
        }
    });

    public static (SiloAddress Silo, IReadOnlyDictionary<string, string> GrainTypes) ReadWelcome(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        var silo = SiloAddress.Parse(reader.ReadString());
        var count = reader.ReadVarUInt64();
        if (count > (ulong)reader.Remaining)
        {
            throw WireFormatException.Truncated();
        }

        var grainTypes = new Dictionary<string, string>((int)count, StringComparer.Ordinal);
        for (var i = 0UL; i < count; i++)
        {
            grainTypes[reader.ReadString()] = reader.ReadString();
        }

        return (silo, grainTypes);
    }

    public static ControlFrame Refused(string reason) => Write(FrameKinds.Refused, (ref Writer writer) => writer.WriteString(reason));

    public static string ReadRefused(ReadOnlySpan<byte> body) => new Reader(body).ReadString();

    private delegate void WriteFields(ref Writer writer);

    private static ControlFrame Write(byte kind, WriteFields write)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        var writer = new Writer(buffer);
        write(ref writer);
        writer.Commit();
        return new ControlFrame(kind, buffer.WrittenSpan.ToArray());
    }
}
