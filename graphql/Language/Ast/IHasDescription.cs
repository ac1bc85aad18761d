namespace Actors.GraphQL.Language;

/// <summary>A definition that can carry a description.</summary>
public interface IHasDescription
{
    /// <summary>The description written before the definition; null when absent.</summary>
    StringValueNode? Description { get; }
}
