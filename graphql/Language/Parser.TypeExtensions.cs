namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules for schema and type extensions in the Type System section
/// (https://spec.graphql.org/September2025/#sec-Type-System-Extensions). An extension must add
/// something: an extension with nothing after its name fails at the token that should have followed.
/// </summary>
public ref partial struct Parser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    /// <para>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</para>
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Span;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (word.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (word.SequenceEqual("type"u8) || word.SequenceEqual("interface"u8))
            {
                return ParseObjectOrInterfaceTypeExtension(isInterface: word.SequenceEqual("interface"u8));
            }

            if (word.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (word.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (word.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = new ArrayBuilder<OperationTypeDefinitionNode>();
        if (Skip(TokenKind.BraceLeft))
        {
            do
            {
                operationTypes.Add(ParseOperationTypeDefinition());
            }
            while (!Skip(TokenKind.BraceRight));
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes.ToArray()) { Location = At(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = At(start) };
    }

    /// <summary>
    /// ObjectTypeExtension :
    ///   - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend type Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    ///   - extend type Name ImplementsInterfaces [lookahead != {]
    /// <para>InterfaceTypeExtension : the same forms with <c>extend interface</c>.</para>
    /// </summary>
    private TypeExtensionNode ParseObjectOrInterfaceTypeExtension(bool isInterface)
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword(isInterface ? "interface"u8 : "type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return isInterface
            ? new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = At(start) }
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = At(start) };
    }

    /// <summary>
    /// UnionTypeExtension :
    ///   - extend union Name Directives[Const]? UnionMemberTypes
    ///   - extend union Name Directives[Const]
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = At(start) };
    }

    /// <summary>
    /// EnumTypeExtension :
    ///   - extend enum Name Directives[Const]? EnumValuesDefinition
    ///   - extend enum Name Directives[Const] [lookahead != {]
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = At(start) };
    }

    /// <summary>
    /// InputObjectTypeExtension :
    ///   - extend input Name Directives[Const]? InputFieldsDefinition
    ///   - extend input Name Directives[Const] [lookahead != {]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = At(start) };
    }
}
