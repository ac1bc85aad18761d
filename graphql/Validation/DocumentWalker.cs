using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation;

/// <summary>
/// Walks an executable document in document order, as graphql-js's visitor with TypeInfo does: it
/// keeps the <see cref="ValidationContext"/>'s type information current and calls every visitor's
/// Enter before a node's children and Leave after them.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, IReadOnlyList<ValidationVisitor> visitors)
{
    public void Walk(DocumentNode document)
    {
        Each(v => v.EnterDocument(document));
        foreach (var definition in document.Definitions)
        {
            if (context.IsAborted)
            {
                break;
            }

            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragment(fragment);
                    break;
                default:
                    Each(v => v.EnterOtherDefinition(definition));
                    break;
            }
        }

        Each(v => v.LeaveDocument(document));
    }

    /// <summary>Walks one operation (or one fragment) alone, with type information, e.g. to collect variable usages.</summary>
    public void WalkDefinition(ExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation)
        {
            WalkOperation(operation);
        }
        else if (definition is FragmentDefinitionNode fragment)
        {
            WalkFragment(fragment);
        }
    }

    private void WalkOperation(OperationDefinitionNode operation)
    {
        context.TypeStack.Push(context.Schema.RootType(operation.Operation));
        Each(v => v.EnterOperationDefinition(operation));
        foreach (var variable in operation.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(operation.Directives);
        WalkSelectionSet(operation.SelectionSet);
        Each(v => v.LeaveOperationDefinition(operation));
        context.TypeStack.Pop();
    }

    private void WalkFragment(FragmentDefinitionNode fragment)
    {
        context.TypeStack.Push(context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type && TypeInfo.IsCompositeType(type) ? type : null);
        Each(v => v.EnterFragmentDefinition(fragment));
        WalkNamedType(fragment.TypeCondition);
        WalkDirectives(fragment.Directives);
        WalkSelectionSet(fragment.SelectionSet);
        Each(v => v.LeaveFragmentDefinition(fragment));
        context.TypeStack.Pop();
    }

    private void WalkVariableDefinition(VariableDefinitionNode variable)
    {
        context.InputTypeStack.Push(TypeFromAst(variable.Type) is { } type && TypeInfo.IsInputType(type) ? type : null);
        Each(v => v.EnterVariableDefinition(variable));
        Each(v => v.EnterVariable(variable.Variable));
        WalkType(variable.Type);
        if (variable.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(variable.Directives);
        Each(v => v.LeaveVariableDefinition(variable));
        context.InputTypeStack.Pop();
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet)
    {
        var named = context.Type is { } type ? TypeInfo.NamedType(type) : null;
        context.ParentTypeStack.Push(named is not null && TypeInfo.IsCompositeType(named) ? named : null);
        Each(v => v.EnterSelectionSet(selectionSet));
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    Each(v => v.EnterFragmentSpread(spread));
                    WalkDirectives(spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        Each(v => v.LeaveSelectionSet(selectionSet));
        context.ParentTypeStack.Pop();
    }

    private void WalkField(FieldNode field)
    {
        var definition = context.ParentType is { } parent ? context.Schema.GetField(parent, field.Name.Value) : null;
        context.FieldDefinitionStack.Push(definition);
        context.TypeStack.Push(definition?.Type is { } type && TypeInfo.IsOutputType(type) ? type : null);
        Each(v => v.EnterField(field));
        foreach (var argument in field.Arguments)
        {
            WalkArgument(argument, definition?.Argument(argument.Name.Value));
        }

        WalkDirectives(field.Directives);
        if (field.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet);
        }

        Each(v => v.LeaveField(field));
        context.TypeStack.Pop();
        context.FieldDefinitionStack.Pop();
    }

    private void WalkInlineFragment(InlineFragmentNode inline)
    {
        var type = inline.TypeCondition is { } condition
            ? context.Schema.GetType(condition.Name.Value)
            : context.Type is { } current ? TypeInfo.NamedType(current) : null;
        context.TypeStack.Push(type is not null && TypeInfo.IsCompositeType(type) ? type : null);
        Each(v => v.EnterInlineFragment(inline));
        if (inline.TypeCondition is { } typeCondition)
        {
            WalkNamedType(typeCondition);
        }

        WalkDirectives(inline.Directives);
        WalkSelectionSet(inline.SelectionSet);
        Each(v => v.LeaveInlineFragment(inline));
        context.TypeStack.Pop();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var previous = context.Directive;
            context.Directive = context.Schema.GetDirective(directive.Name.Value);
            Each(v => v.EnterDirective(directive));
            var definition = context.Directive;
            foreach (var argument in directive.Arguments)
            {
                WalkArgument(argument, definition?.Argument(argument.Name.Value));
            }

            Each(v => v.LeaveDirective(directive));
            context.Directive = previous;
        }
    }

    private void WalkArgument(ArgumentNode argument, InputValueDefinition? definition)
    {
        var previous = context.Argument;
        context.Argument = definition;
        context.DefaultValueStack.Push(definition?.DefaultValue);
        context.InputTypeStack.Push(definition?.Type is { } type && TypeInfo.IsInputType(type) ? type : null);
        Each(v => v.EnterArgument(argument));
        WalkValue(argument.Value);
        Each(v => v.LeaveArgument(argument));
        context.InputTypeStack.Pop();
        context.DefaultValueStack.Pop();
        context.Argument = previous;
    }

    private void WalkValue(ValueNode value)
    {
        if (value is VariableNode variable)
        {
            Each(v => v.EnterVariable(variable));
            return;
        }

        Each(v => v.EnterValue(value));
        switch (value)
        {
            case ListValueNode list:
                var itemType = context.InputType is { } listType && TypeInfo.Nullable(listType) is ListType l ? l.OfType : null;
                context.InputTypeStack.Push(itemType);
                context.DefaultValueStack.Push(null); // an argument's default is not its items' default
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                context.DefaultValueStack.Pop();
                context.InputTypeStack.Pop();
                break;
            case ObjectValueNode obj:
                var objectType = context.InputType is { } inputType ? TypeInfo.NamedType(inputType) as InputObjectType : null;
                foreach (var field in obj.Fields)
                {
                    var fieldDefinition = objectType?.Field(field.Name.Value);
                    context.DefaultValueStack.Push(fieldDefinition?.DefaultValue);
                    context.InputTypeStack.Push(fieldDefinition?.Type is { } t && TypeInfo.IsInputType(t) ? t : null);
                    Each(v => v.EnterObjectField(field));
                    WalkValue(field.Value);
                    Each(v => v.LeaveObjectField(field));
                    context.InputTypeStack.Pop();
                    context.DefaultValueStack.Pop();
                }

                break;
        }

        Each(v => v.LeaveValue(value));
    }

    private void WalkType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                WalkNamedType(named);
                break;
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }
    }

    private void WalkNamedType(NamedTypeNode named) => Each(v => v.EnterNamedType(named));

    /// <summary>The schema type a type reference names, or null when a name is unknown.</summary>
    internal IGraphQLType? TypeFromAst(TypeNode node) => ValidationContext.TypeFromAst(context.Schema, node);

    private void Each(Action<ValidationVisitor> call)
    {
        if (context.IsAborted)
        {
            return;
        }

        foreach (var visitor in visitors)
        {
            call(visitor);
        }
    }
}
