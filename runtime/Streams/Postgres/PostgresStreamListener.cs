using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Actors.Runtime.Streams.Postgres;

/// <summary>
/// Hears the stream notifications that every process's grain storage sends when its writes commit
/// (<see cref="StreamNotificationPlan"/>): one dedicated connection runs <c>LISTEN actors_streams</c> and waits.
/// Each notification from another process becomes one call of the notified callback per stream; one from this
/// process (the same <see cref="StreamNotifier"/>) is skipped, and a malformed one is logged and skipped. When the
/// connection fails it reconnects, waiting longer after each failed attempt, and then calls the resynchronize
/// callback: notifications sent while it was away are lost, so every reader must look at the store.
/// </summary>
/// <remarks>
/// It listens before any other hosted service starts (<see cref="StartingAsync"/>), so that a silo's deliveries,
/// which resume from the store when the silo starts, miss nothing committed after that. A database that cannot be
/// reached then does not stop the host: the listener keeps trying, and resynchronizes once connected. The
/// callbacks run on the listener's loop and must return quickly.
/// </remarks>
internal sealed partial class PostgresStreamListener : IHostedLifecycleService, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly StreamNotifier _notifier;
    private readonly Action<StreamId, long> _notified;
    private readonly Action _resynchronize;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly PostgresStreamListenerOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private NpgsqlConnection? _connection;
    private Task _loop = Task.CompletedTask;
    private int _backendProcessId;

    /// <param name="connectionString">The database; the listener opens its own connection, outside any pool.</param>
    /// <param name="notifier">This process's id: notifications that carry it are skipped.</param>
    /// <param name="notified">Called with each stream another process appended to and the last sequence it wrote.</param>
    /// <param name="resynchronize">Called after a reconnection, and for a notification naming a stream it could not fit.</param>
    /// <param name="time">The clock of the waits between reconnection attempts.</param>
    /// <param name="logger">Where lost connections and malformed notifications are logged.</param>
    /// <param name="options">The waits; the defaults when null.</param>
    public PostgresStreamListener(
        string connectionString, StreamNotifier notifier, Action<StreamId, long> notified, Action resynchronize,
        TimeProvider time, ILogger<PostgresStreamListener> logger, PostgresStreamListenerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(notified);
        ArgumentNullException.ThrowIfNull(resynchronize);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Enlist = false };
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "actors-stream-listener";
        }

        _connectionString = builder.ConnectionString;
        _notifier = notifier;
        _notified = notified;
        _resynchronize = resynchronize;
        _time = time;
        _logger = logger;
        _options = options ?? new PostgresStreamListenerOptions();
        _options.Validate();
    }

    /// <summary>The server process of the listening connection; 0 while there is none.</summary>
    public int BackendProcessId => Volatile.Read(ref _backendProcessId);

    /// <summary>Connects and listens, once; then the loop takes over (and keeps trying when this failed).</summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var connected = await TryConnectAsync(cancellationToken);
        _loop = Task.Run(() => RunAsync(connected, _stop.Token), CancellationToken.None);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops listening and closes the connection.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _loop;
        await CloseAsync();
    }

    private async Task RunAsync(bool connected, CancellationToken token)
    {
        var delay = _options.ReconnectDelay;
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (!connected)
                {
                    await Task.Delay(delay, _time, token);
                    if (!await TryConnectAsync(token))
                    {
                        delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
                        continue;
                    }

                    connected = true;
                    delay = _options.ReconnectDelay;
                    LogReconnected(_logger, BackendProcessId);
                    Resynchronize();
                }

                try
                {
                    if (!await _connection!.WaitAsync(_options.KeepAliveInterval, token))
                    {
                        // Quiet for a while: make sure the connection is still there.
                        await using var ping = new NpgsqlCommand("SELECT 1", _connection) { CommandTimeout = _options.PingTimeoutSeconds };
                        await ping.ExecuteScalarAsync(token);
                    }
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    LogConnectionLost(_logger, BackendProcessId, ex);
                    await CloseAsync();
                    connected = false;
                }
            }
        }
        catch (Exception) when (token.IsCancellationRequested)
        {
            // Stopping: whatever the wait or the attempt threw on the way out.
        }
        finally
        {
            await CloseAsync();
        }
    }

    private async Task<bool> TryConnectAsync(CancellationToken token)
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Notification += OnNotification;
        try
        {
            await connection.OpenAsync(token);
            await using (var listen = new NpgsqlCommand($"LISTEN {StreamNotificationPlan.Channel}", connection))
            {
                await listen.ExecuteNonQueryAsync(token);
            }

            _connection = connection;
            Volatile.Write(ref _backendProcessId, connection.ProcessID);
            return true;
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            LogConnectFailed(_logger, ex.Message);
            connection.Notification -= OnNotification;
            await connection.DisposeAsync();
            return false;
        }
        catch
        {
            connection.Notification -= OnNotification;
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        var connection = Interlocked.Exchange(ref _connection, null);
        Volatile.Write(ref _backendProcessId, 0);
        if (connection is not null)
        {
            connection.Notification -= OnNotification;
            await connection.DisposeAsync();
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (args.Channel != StreamNotificationPlan.Channel)
        {
            return;
        }

        StreamNotification notification;
        try
        {
            notification = StreamNotification.Parse(args.Payload);
        }
        catch (FormatException ex)
        {
            LogMalformed(_logger, args.PID, ex.Message);
            return;
        }

        if (notification.Writer == _notifier.Id)
        {
            return;
        }

        foreach (var (stream, lastSequence) in notification.Streams)
        {
            try
            {
                _notified(stream, lastSequence);
            }
            catch (Exception ex)
            {
                LogCallbackFailed(_logger, stream.ToString(), ex);
            }
        }

        if (notification.HasUnnamedStreams)
        {
            Resynchronize();
        }
    }

    private void Resynchronize()
    {
        try
        {
            _resynchronize();
        }
        catch (Exception ex)
        {
            LogCallbackFailed(_logger, "(every stream)", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not listen for stream notifications: {Reason}; trying again")]
    private static partial void LogConnectFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stream listener's connection (server process {ProcessId}) was lost; reconnecting")]
    private static partial void LogConnectionLost(ILogger logger, int processId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for stream notifications again (server process {ProcessId}); every live reader looks at the store")]
    private static partial void LogReconnected(ILogger logger, int processId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a malformed stream notification from server process {ProcessId}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, int processId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a stream notification for {Stream} failed")]
    private static partial void LogCallbackFailed(ILogger logger, string stream, Exception exception);
}
