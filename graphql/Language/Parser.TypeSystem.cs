namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Type System section
/// (https://spec.graphql.org/September2025/#sec-Type-System): schema and type definitions.
/// </summary>
public ref partial struct Parser
{
    private static bool IsTypeDefinitionKeyword(ReadOnlySpan<byte> word) =>
        word.SequenceEqual("scalar"u8) || word.SequenceEqual("type"u8) || word.SequenceEqual("interface"u8)
        || word.SequenceEqual("union"u8) || word.SequenceEqual("enum"u8) || word.SequenceEqual("input"u8);

    /// <summary>
    /// TypeDefinition :
    ///   - ScalarTypeDefinition
    ///   - ObjectTypeDefinition
    ///   - InterfaceTypeDefinition
    ///   - UnionTypeDefinition
    ///   - EnumTypeDefinition
    ///   - InputObjectTypeDefinition
    /// </summary>
    private TypeDefinitionNode ParseTypeDefinition(ReadOnlySpan<byte> keyword)
    {
        if (keyword.SequenceEqual("scalar"u8))
        {
            return ParseScalarTypeDefinition();
        }

        if (keyword.SequenceEqual("type"u8))
        {
            return ParseObjectTypeDefinition();
        }

        if (keyword.SequenceEqual("interface"u8))
        {
            return ParseInterfaceTypeDefinition();
        }

        if (keyword.SequenceEqual("union"u8))
        {
            return ParseUnionTypeDefinition();
        }

        return keyword.SequenceEqual("enum"u8) ? ParseEnumTypeDefinition() : ParseInputObjectTypeDefinition();
    }

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceLeft);
        var operationTypes = new ArrayBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!Skip(TokenKind.BraceRight));

        return new SchemaDefinitionNode(description, directives, operationTypes.ToArray()) { Location = At(start) };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Begin();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = At(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = At(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = At(start) };
    }

    /// <summary>
    /// ImplementsInterfaces :
    ///   - ImplementsInterfaces &amp; NamedType
    ///   - implements &amp;? NamedType
    /// </summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"u8))
        {
            return [];
        }

        Skip(TokenKind.Ampersand);
        var interfaces = new ArrayBuilder<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Ampersand));

        return interfaces.ToArray();
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceLeft))
        {
            return [];
        }

        var fields = new ArrayBuilder<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!Skip(TokenKind.BraceRight));

        return fields.ToArray();
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = At(start) };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() =>
        ParseInputValueDefinitions(TokenKind.ParenthesisLeft, TokenKind.ParenthesisRight);

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }

        var definitions = new ArrayBuilder<InputValueDefinitionNode>();
        do
        {
            definitions.Add(ParseInputValueDefinition());
        }
        while (!Skip(close));

        return definitions.ToArray();
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = At(start) };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = At(start) };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = At(start) };
    }

    /// <summary>
    /// UnionMemberTypes :
    ///   - UnionMemberTypes | NamedType
    ///   - = |? NamedType
    /// </summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        var types = new ArrayBuilder<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));

        return types.ToArray();
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = At(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceLeft))
        {
            return [];
        }

        var values = new ArrayBuilder<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!Skip(TokenKind.BraceRight));

        return values.ToArray();
    }

    /// <summary>
    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    /// <para>EnumValue : Name but not true, false or null</para>
    /// </summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8) || _lexer.IsKeyword("null"u8))
        {
            throw ErrorAt(_lexer, $"{DescribeToken(_lexer)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = At(start) };
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = At(start) };
    }
}
