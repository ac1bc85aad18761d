namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Input Values section
/// (https://spec.graphql.org/September2025/#sec-Input-Values).
/// </summary>
public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    ///   - BooleanValue
    ///   - NullValue
    ///   - EnumValue
    ///   - ListValue[?Const]
    ///   - ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Begin();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                var integer = NameTable.Ascii(_lexer.Span);
                _lexer.Advance();
                return new IntValueNode(integer) { Location = At(start) };
            case TokenKind.Float:
                var number = NameTable.Ascii(_lexer.Span);
                _lexer.Advance();
                return new FloatValueNode(number) { Location = At(start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar when isConst:
                var next = _lexer.Peek();
                if (next.Kind == TokenKind.Name)
                {
                    throw ErrorAt(_lexer, $"Unexpected variable \"${next.Text}\" in constant value.");
                }

                throw Unexpected();
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// BooleanValue : one of true false
    /// <para>NullValue : null</para>
    /// <para>EnumValue : Name but not true, false or null</para>
    /// </summary>
    private ValueNode ParseNameValue(TokenStart start)
    {
        var isTrue = _lexer.IsKeyword("true"u8);
        var isFalse = _lexer.IsKeyword("false"u8);
        var isNull = _lexer.IsKeyword("null"u8);
        var enumValue = isTrue || isFalse || isNull ? null : _names.Get(_lexer.Span);
        _lexer.Advance();
        var location = At(start);
        if (enumValue is not null)
        {
            return new EnumValueNode(enumValue) { Location = location };
        }

        return isNull ? new NullValueNode { Location = location } : new BooleanValueNode(isTrue) { Location = location };
    }

    /// <summary>
    /// StringValue :: "" | " StringCharacter+ " | BlockString
    /// <para>Also Description : StringValue.</para>
    /// </summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Begin();
        var value = _lexer.StringValue!;
        var block = _lexer.Kind == TokenKind.BlockString;
        _lexer.Advance();
        return new StringValueNode(value, block) { Location = At(start) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Begin();
        EnterNested();
        Expect(TokenKind.BracketLeft);
        var values = new ArrayBuilder<ValueNode>();
        while (!Skip(TokenKind.BracketRight))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNested();
        return new ListValueNode(values.ToArray()) { Location = At(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Begin();
        EnterNested();
        Expect(TokenKind.BraceLeft);
        var fields = new ArrayBuilder<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceRight))
        {
            fields.Add(ParseObjectField(isConst));
        }

        LeaveNested();
        return new ObjectValueNode(fields.ToArray()) { Location = At(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = At(start) };
    }

    /// <summary>Description : StringValue — when a string comes next.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;
}
