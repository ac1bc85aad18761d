using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation;

/// <summary>
/// What a validation rule watches: one Enter and Leave callback per node kind of an executable document,
/// called by <see cref="DocumentWalker"/> in document order. The walker keeps
/// <see cref="ValidationContext"/>'s type information current: in Enter it already describes the node
/// being entered (e.g. <c>context.FieldDefinition</c> in <see cref="EnterField"/>), in Leave it still does.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual void EnterDocument(DocumentNode node) { }

    public virtual void LeaveDocument(DocumentNode node) { }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node) { }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    /// <summary>A type-system definition or extension in an executable document.</summary>
    public virtual void EnterOtherDefinition(DefinitionNode node) { }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    public virtual void EnterSelectionSet(SelectionSetNode node) { }

    public virtual void LeaveSelectionSet(SelectionSetNode node) { }

    public virtual void EnterField(FieldNode node) { }

    public virtual void LeaveField(FieldNode node) { }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }

    public virtual void EnterInlineFragment(InlineFragmentNode node) { }

    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    public virtual void EnterArgument(ArgumentNode node) { }

    public virtual void LeaveArgument(ArgumentNode node) { }

    public virtual void EnterDirective(DirectiveNode node) { }

    public virtual void LeaveDirective(DirectiveNode node) { }

    public virtual void EnterNamedType(NamedTypeNode node) { }

    public virtual void EnterVariable(VariableNode node) { }

    /// <summary>Any value literal (not a variable): int, float, string, boolean, null, enum, list, object.</summary>
    public virtual void EnterValue(ValueNode node) { }

    public virtual void LeaveValue(ValueNode node) { }

    public virtual void EnterObjectField(ObjectFieldNode node) { }

    public virtual void LeaveObjectField(ObjectFieldNode node) { }
}
