namespace Actors.Runtime.Serialization;

/// <summary>
/// State of one deep copy, passed by reference through the codecs: tracks nesting so that a cyclic
/// graph fails with a clear exception instead of overflowing the stack.
/// </summary>
public ref struct CopyContext
{
    private int _depth;

    /// <summary>Notes that a nested object of <paramref name="valueType"/> is being copied.</summary>
    public void Enter(Type valueType)
    {
        if (++_depth > Serializer.MaxDepth)
        {
            throw Serializer.TooDeep(valueType);
        }
    }

    /// <summary>Notes that the innermost nested object is copied.</summary>
    public void Exit() => _depth--;
}
