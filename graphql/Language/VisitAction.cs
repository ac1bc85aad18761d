namespace Actors.GraphQL.Language;

/// <summary>What a visitor's enter callback tells the walker to do next.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then call the leave callbacks.</summary>
    Continue,

    /// <summary>Do not visit the node's children for this visitor, and do not call its leave callback for this node.</summary>
    Skip,

    /// <summary>This visitor sees nothing more of this walk (other visitors of a parallel walk go on).</summary>
    Break,
}
