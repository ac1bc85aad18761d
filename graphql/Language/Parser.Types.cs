namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Type References section
/// (https://spec.graphql.org/September2025/#sec-Type-References).
/// </summary>
public ref partial struct Parser
{
    /// <summary>
    /// Type :
    ///   - NamedType
    ///   - ListType
    ///   - NonNullType
    /// <para>ListType : [ Type ]</para>
    /// <para>NonNullType : NamedType ! | ListType !</para>
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = Begin();
        TypeNode type;
        if (_lexer.Kind == TokenKind.BracketLeft)
        {
            EnterNested();
            _lexer.Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            LeaveNested();
            type = new ListTypeNode(itemType) { Location = At(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = At(start) } : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        var name = ParseName();
        return new NamedTypeNode(name) { Location = At(start) };
    }
}
