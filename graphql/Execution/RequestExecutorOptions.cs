using Actors.GraphQL.Language;
using Actors.GraphQL.Validation;

namespace Actors.GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>; the defaults suit a public endpoint.</summary>
public sealed record RequestExecutorOptions
{
    public static RequestExecutorOptions Default { get; } = new();

    /// <summary>
    /// How long one execution may take (a query or mutation, or one subscription event); default 30 s;
    /// <see cref="Timeout.InfiniteTimeSpan"/> for none. When it passes, fields still running are nulled
    /// with an <c>EXECUTION_TIMEOUT</c> error each, and the data completed so far is returned.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most validation errors reported for one document before validation stops (plus one saying so).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Parser limits: document size, tokens, depth, fields.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>The validation rules; null means all the spec's rules.</summary>
    public IReadOnlyList<IValidationRule>? ValidationRules { get; init; }

    /// <summary>Protection rules checked, in order, after validation and variable coercion, before execution.</summary>
    public IReadOnlyList<IRequestRule> RequestRules { get; init; } = [];

    /// <summary>Where <see cref="GraphQLRequest.DocumentId"/>s are looked up; null: requests must carry their document.</summary>
    public IPersistedDocumentStore? PersistedDocuments { get; init; }

    /// <summary>How many parsed and validated documents are kept by their text, so a repeated query skips both steps; 0 turns the cache off.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>The clock of the execution timeout.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Turns the application's own exceptions (say, a domain refusal with a code) into the errors clients see; null for
    /// an exception it does not know, which is then reported as an unexpected error with its message hidden.
    /// </summary>
    public Func<Exception, GraphQLException?>? TranslateException { get; init; }

    internal void Validate()
    {
        if (ExecutionTimeout != Timeout.InfiniteTimeSpan && ExecutionTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ExecutionTimeout), ExecutionTimeout, "The execution timeout must be positive, or Timeout.InfiniteTimeSpan.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxValidationErrors);
        ArgumentOutOfRangeException.ThrowIfNegative(DocumentCacheSize);
        ArgumentNullException.ThrowIfNull(Parser);
        ArgumentNullException.ThrowIfNull(RequestRules);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
