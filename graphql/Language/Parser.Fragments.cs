namespace Actors.GraphQL.Language;

/// <summary>
/// Implements the parsing rules in the Fragments section
/// (https://spec.graphql.org/September2025/#sec-Language.Fragments).
/// </summary>
public ref partial struct Parser
{
    /// <summary>
    /// Either a fragment spread or an inline fragment, told apart after the <c>...</c>.
    /// <para>FragmentSpread : ... FragmentName Directives?</para>
    /// <para>InlineFragment : ... TypeCondition? Directives? SelectionSet</para>
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Begin();
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on"u8);
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = At(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = At(start) };
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    /// <para>TypeCondition : on NamedType</para>
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet) { Location = At(start) };
    }

    /// <summary>FragmentName : Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
