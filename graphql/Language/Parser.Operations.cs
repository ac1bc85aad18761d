namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Operations, Selection Sets, Fields, Arguments and Variables sections
/// (https://spec.graphql.org/September2025/#sec-Language.Operations).
/// </summary>
public ref partial struct Parser
{
    /// <summary>
    /// OperationDefinition :
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    ///   - SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Begin();
        if (_lexer.Kind == TokenKind.BraceLeft)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], shorthand) { Location = At(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet) { Location = At(start) };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = _lexer;
        Expect(TokenKind.Name);
        if (token.IsKeyword("query"u8))
        {
            return OperationType.Query;
        }

        if (token.IsKeyword("mutation"u8))
        {
            return OperationType.Mutation;
        }

        return token.IsKeyword("subscription"u8) ? OperationType.Subscription : throw Unexpected(token);
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenthesisLeft))
        {
            return [];
        }

        var definitions = new ArrayBuilder<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenthesisRight));

        return definitions.ToArray();
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives) { Location = At(start) };
    }

    /// <summary>DefaultValue : = Value[Const]</summary>
    private ValueNode? ParseDefaultValue() => Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = Begin();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = At(start) };
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        EnterNested();
        Expect(TokenKind.BraceLeft);
        var selections = new ArrayBuilder<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!Skip(TokenKind.BraceRight));

        LeaveNested();
        return new SelectionSetNode(selections.ToArray()) { Location = At(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() =>
        _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    /// <summary>
    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    /// <para>Alias : Name :</para>
    /// </summary>
    private FieldNode ParseField()
    {
        var start = Begin();
        CountField();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = _lexer.Kind == TokenKind.BraceLeft ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = At(start) };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenthesisLeft))
        {
            return [];
        }

        var arguments = new ArrayBuilder<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!Skip(TokenKind.ParenthesisRight));

        return arguments.ToArray();
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = At(start) };
    }
}
