using System.Text;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>One event of a <c>text/event-stream</c>: its <c>event</c> name and its <c>data</c>, or a comment line.</summary>
public sealed record ServerSentEvent(string? Event, string Data, bool IsComment = false);

/// <summary>
/// Reads an event stream the way the SSE spec interprets it (fields <c>event</c> and <c>data</c>, events
/// ended by a blank line, comments starting with a colon), line by line from a live response.
/// </summary>
public sealed class ServerSentEventReader(Stream stream) : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(10);

    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>Reads every event until the server ends the stream.</summary>
    public static async Task<IReadOnlyList<ServerSentEvent>> ReadAllAsync(HttpResponseMessage response)
    {
        using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync());
        var events = new List<ServerSentEvent>();
        while (await reader.ReadAsync() is { } sse)
        {
            if (!sse.IsComment)
            {
                events.Add(sse);
            }
        }

        return events;
    }

    /// <summary>The next event or comment; null at the end of the stream.</summary>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        string? name = null;
        var data = new StringBuilder();
        var hasData = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is null && !hasData)
                {
                    continue;
                }

                return new ServerSentEvent(name, data.ToString());
            }

            if (line.StartsWith(':'))
            {
                return new ServerSentEvent(null, line[1..].Trim(), IsComment: true);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                if (hasData)
                {
                    data.Append('\n');
                }

                data.Append(value);
                hasData = true;
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
