namespace Actors.GraphQL.Binding;

/// <summary>A coerced argument could not be converted to the resolver parameter's CLR type (e.g. an ID that is not a Guid).</summary>
public sealed class ArgumentConversionException(string message, Exception? innerException = null)
    : Exception(message, innerException);
