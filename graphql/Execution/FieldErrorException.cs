namespace Actors.GraphQL.Execution;

/// <summary>A field error the executor raises itself (a result that does not fit its type, bad arguments): message and code.</summary>
internal sealed class FieldErrorException(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}
