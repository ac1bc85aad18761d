namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Directives sections, for applied directives
/// (https://spec.graphql.org/September2025/#sec-Language.Directives) and directive definitions
/// (https://spec.graphql.org/September2025/#sec-Type-System.Directives).
/// </summary>
public ref partial struct Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ — none when no <c>@</c> comes next.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return [];
        }

        var directives = new ArrayBuilder<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (_lexer.Kind == TokenKind.At);

        return directives.ToArray();
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Begin();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = At(start) };
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = SkipKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = At(start) };
    }

    /// <summary>
    /// DirectiveLocations :
    ///   - DirectiveLocations | DirectiveLocation
    ///   - |? DirectiveLocation
    /// </summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        Skip(TokenKind.Pipe);
        var locations = new ArrayBuilder<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (Skip(TokenKind.Pipe));

        return locations.ToArray();
    }

    /// <summary>
    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    /// <para>ExecutableDirectiveLocation : one of QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION</para>
    /// <para>TypeSystemDirectiveLocation : one of SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION</para>
    /// </summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer;
        var name = ParseName();
        if (!IsDirectiveLocation(name.Value))
        {
            throw Unexpected(token);
        }

        return name;
    }

    /// <summary>True for the names of the spec's directive locations.</summary>
    public static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" => true,
        "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION"
            or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" => true,
        _ => false,
    };
}
