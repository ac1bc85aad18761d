namespace Actors.Runtime.Postgres;

/// <summary>A migration could not be applied, or an applied one no longer matches its script.</summary>
public sealed class SchemaMigrationException : Exception
{
    public SchemaMigrationException(string message) : base(message)
    {
    }

    public SchemaMigrationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
