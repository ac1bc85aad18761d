namespace Actors.GraphQL.Language;

/// <summary>The children of every node kind, in source order (descriptions first, as written).</summary>
public sealed partial class SyntaxWalker
{
    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                Visit(operation.Description);
                Visit(operation.Name);
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Visit(variable.Description);
                Visit(variable.Variable);
                Visit(variable.Type);
                Visit(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections);
                break;
            case FieldNode field:
                Visit(field.Alias);
                Visit(field.Name);
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                Visit(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name);
                VisitAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                Visit(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Visit(fragment.Description);
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case VariableNode variable:
                Visit(variable.Name);
                break;
            case ListValueNode list:
                VisitAll(list.Values);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields);
                break;
            case ObjectFieldNode field:
                Visit(field.Name);
                Visit(field.Value);
                break;
            case DirectiveNode directive:
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                break;
            case NamedTypeNode named:
                Visit(named.Name);
                break;
            case ListTypeNode list:
                Visit(list.Type);
                break;
            case NonNullTypeNode nonNull:
                Visit(nonNull.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Visit(schema.Description);
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                Visit(scalar.Description);
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode obj:
                Visit(obj.Description);
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            case FieldDefinitionNode field:
                Visit(field.Description);
                Visit(field.Name);
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            case InputValueDefinitionNode input:
                Visit(input.Description);
                Visit(input.Name);
                Visit(input.Type);
                Visit(input.DefaultValue);
                VisitAll(input.Directives);
                break;
            case InterfaceTypeDefinitionNode iface:
                Visit(iface.Description);
                Visit(iface.Name);
                VisitAll(iface.Interfaces);
                VisitAll(iface.Directives);
                VisitAll(iface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                Visit(union.Description);
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                Visit(enumType.Description);
                Visit(enumType.Name);
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case EnumValueDefinitionNode value:
                Visit(value.Description);
                Visit(value.Name);
                VisitAll(value.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                Visit(input.Description);
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                Visit(directive.Description);
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                VisitAll(directive.Locations);
                break;
            case SchemaExtensionNode schema:
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalar:
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ObjectTypeExtensionNode obj:
                Visit(obj.Name);
                VisitAll(obj.Interfaces);
                VisitAll(obj.Directives);
                VisitAll(obj.Fields);
                break;
            case InterfaceTypeExtensionNode iface:
                Visit(iface.Name);
                VisitAll(iface.Interfaces);
                VisitAll(iface.Directives);
                VisitAll(iface.Fields);
                break;
            case UnionTypeExtensionNode union:
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeExtensionNode enumType:
                Visit(enumType.Name);
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case InputObjectTypeExtensionNode input:
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
        }
    }
}
