using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type, with Input Object Field Names, Input Object Required Fields and OneOf Input
/// Objects: every literal fits the input type expected where it is written. Scalars and enums judge
/// their literals; null is refused where a non-null type is expected; a list literal stands only where
/// a list is expected; an input object literal names only fields its type defines, gives every required
/// field, and for a <c>@oneOf</c> type gives exactly one field, not null. Variables are not judged here
/// (see <see cref="VariablesInAllowedPositionRule"/>).
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names
/// https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields
/// https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Inside a list or object literal written where no list or input object is expected, the walker
        // gives the values no input type: the literal is reported once, nothing below it again.
        public override void EnterValue(ValueNode node)
        {
            switch (node)
            {
                case NullValueNode when context.InputType is NonNullType nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                    break;
                case NullValueNode:
                    break;
                case ListValueNode when context.InputType is { } type && TypeInfo.Nullable(type) is ListType:
                    break;
                case ObjectValueNode obj when context.InputType is { } type && TypeInfo.NamedType(type) is InputObjectType inputObject:
                    CheckObject(obj, inputObject);
                    break;
                default:
                    CheckLiteral(node);
                    break;
            }
        }

        public override void EnterObjectField(ObjectFieldNode node)
        {
            if (context.InputType is null && context.ParentInputType is { } parent && TypeInfo.NamedType(parent) is InputObjectType type)
            {
                var suggestions = Suggestions.Of(node.Name.Value, type.Fields.Select(f => f.Name));
                context.ReportError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions),
                    node);
            }
        }

        private void CheckObject(ObjectValueNode node, InputObjectType type)
        {
            foreach (var field in type.Fields)
            {
                if (InputValues.IsRequired(field) && !node.Fields.Any(f => f.Name.Value == field.Name))
                {
                    context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
                }
            }

            if (!type.IsOneOf)
            {
                return;
            }

            var names = node.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            }
            else if (node.Fields[^1].Value is NullValueNode)
            {
                context.ReportError($"Field \"{type.Name}.{names[0]}\" must be non-null.", node);
            }
        }

        /// <summary>Whether a scalar or enum accepts the literal; any other literal where an input object or list of them is expected is refused.</summary>
        private void CheckLiteral(ValueNode node)
        {
            if (context.InputType is not { } locationType)
            {
                return;
            }

            switch (TypeInfo.NamedType(locationType))
            {
                case EnumType enumType:
                    CheckEnum(node, enumType);
                    break;
                case ScalarType scalar:
                    CheckScalar(node, scalar, locationType);
                    break;
                default:
                    context.ReportError($"Expected value of type \"{locationType}\", found {node}.", node);
                    break;
            }
        }

        private void CheckEnum(ValueNode node, EnumType type)
        {
            if (node is EnumValueNode enumValue && type.Value(enumValue.Value) is not null)
            {
                return;
            }

            var printed = node.ToString();
            var suggestions = Suggestions.Of(printed, type.Values.Select(v => v.Name));
            var message = node is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum."
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.";
            context.ReportError(message + Suggestions.DidYouMean("the enum value", suggestions), node);
        }

        private void CheckScalar(ValueNode node, ScalarType scalar, IGraphQLType locationType)
        {
            try
            {
                scalar.ParseLiteral(node);
            }
            catch (CoercionException exception) when (InputValues.IsSpecifiedScalar(scalar))
            {
                // The spec's scalars word complete messages of their own.
                context.ReportError(exception.Message, node);
            }
            catch (Exception exception)
            {
                // A rule never throws: whatever a custom scalar throws becomes the reason in its error.
                context.ReportError($"Expected value of type \"{locationType}\", found {node}; {exception.Message}", node);
            }
        }
    }
}
