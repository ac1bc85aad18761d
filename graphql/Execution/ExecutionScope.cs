using System.Collections.Concurrent;
using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Execution;

/// <summary>
/// What one execution hands to every resolver besides its field: the cancellation token, which fires when the request is
/// cancelled or the execution timeout (<see cref="RequestExecutorOptions.ExecutionTimeout"/>) passes, and the request
/// state, which holds the execution's <see cref="DataLoaderScope"/>.
/// </summary>
/// <remarks>
/// <para>
/// Both are made when first read — by a resolver, or by the executor when it first waits for a resolver — because what they
/// cost (a token source with its timer, a registration on the request's token, a dictionary, the DataLoader scope) is
/// wasted on an execution whose resolvers all complete at once without looking at them. The token source is made with the
/// time left until the deadline fixed when the execution started; until it exists, <see cref="IsCancellationRequested"/>
/// reads the request's token and the clock (<see cref="TimeProvider.GetElapsedTime(long)"/>), so the executor sees the
/// timeout at the same points either way.
/// </para>
/// <para>
/// Thread-safe: resolvers may read both from any thread, also after the execution has ended (<see cref="Dispose"/>);
/// a token first read then is in the state the execution ended in, as a token handed out earlier would be.
/// </para>
/// </remarks>
internal sealed class ExecutionScope : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationToken _requestToken;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private CancellationTokenSource? _timeoutSource;
    private CancellationToken _token;
    private CancellationTokenRegistration _requestLink;
    private ConcurrentDictionary<Type, object>? _requestState;
    private DataLoaderScope? _dataLoaders;
    private bool _disposed;

    public ExecutionScope(CancellationToken requestToken, TimeSpan timeout, TimeProvider clock)
    {
        _requestToken = requestToken;
        _timeout = timeout;
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    /// <summary>Cancelled when the request is cancelled or the execution timeout passes.</summary>
    public CancellationToken CancellationToken => Volatile.Read(ref _timeoutSource) is null ? CreateToken() : _token;

    /// <summary>True once the request is cancelled or the execution timeout has passed.</summary>
    public bool IsCancellationRequested => Volatile.Read(ref _timeoutSource) is null
        ? _requestToken.IsCancellationRequested || TimeoutHasPassed
        : _token.IsCancellationRequested;

    /// <summary>Per-request state shared by resolvers; its <see cref="DataLoaderScope"/> entry is <see cref="DataLoaders"/>.</summary>
    public IDictionary<Type, object> RequestState => Volatile.Read(ref _requestState) ?? CreateRequestState();

    /// <summary>The execution's DataLoaders, dispatched by the executor level by level (<see cref="DispatchMode.Manual"/>).</summary>
    public DataLoaderScope DataLoaders
    {
        get
        {
            _ = RequestState;
            return _dataLoaders!;
        }
    }

    private bool TimeoutHasPassed => _timeout != Timeout.InfiniteTimeSpan && _clock.GetElapsedTime(_started) >= _timeout;

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_timeoutSource is null)
            {
                // A token first asked for from now on can no longer be cancelled, like one handed out before.
                _token = new CancellationToken(IsCancellationRequested);
            }

            _disposed = true;
            _requestLink.Dispose();
            _timeoutSource?.Dispose();
        }
    }

    private CancellationToken CreateToken()
    {
        lock (_gate)
        {
            if (_timeoutSource is not null || _disposed)
            {
                return _token;
            }

            var remaining = _timeout - _clock.GetElapsedTime(_started);
            CancellationTokenSource source;
            if (_timeout == Timeout.InfiniteTimeSpan)
            {
                source = new CancellationTokenSource();
            }
            else if (remaining > TimeSpan.Zero)
            {
                source = new CancellationTokenSource(remaining, _clock);
            }
            else
            {
                source = new CancellationTokenSource();
                source.Cancel();
            }

            _requestLink = _requestToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), source);
            _token = source.Token;
            Volatile.Write(ref _timeoutSource, source);
            return _token;
        }
    }

    private ConcurrentDictionary<Type, object> CreateRequestState()
    {
        var token = CancellationToken;
        lock (_gate)
        {
            if (_requestState is null)
            {
                _dataLoaders = new DataLoaderScope(DispatchMode.Manual, token);
                var state = new ConcurrentDictionary<Type, object>();
                state[typeof(DataLoaderScope)] = _dataLoaders;
                Volatile.Write(ref _requestState, state);
            }

            return _requestState;
        }
    }
}
