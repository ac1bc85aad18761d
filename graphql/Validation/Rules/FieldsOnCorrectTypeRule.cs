using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: every field selected is defined on the type it is selected on (meta-fields
/// included). The error suggests the types of an abstract type that do define the field, or else fields
/// of the type with a similar name.
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (context.ParentType is not { } type || context.FieldDefinition is not null)
            {
                return;
            }

            var fieldName = node.Name.Value;
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, type, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
            }

            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        }

        /// <summary>
        /// For an abstract type: its object types that define the field, and their interfaces that do,
        /// the most shared first (an interface before the types implementing it), then by name.
        /// </summary>
        private static List<string> SuggestedTypeNames(Schema schema, INamedType type, string fieldName)
        {
            if (!TypeInfo.IsAbstractType(type))
            {
                return [];
            }

            var suggested = new List<IFieldsType>();
            var usage = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possible in schema.GetPossibleTypes(type))
            {
                if (possible.Field(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(possible))
                {
                    suggested.Add(possible);
                }

                usage[possible.Name] = 1;
                foreach (var implemented in possible.Interfaces)
                {
                    if (implemented.Field(fieldName) is null)
                    {
                        continue;
                    }

                    if (!suggested.Contains(implemented))
                    {
                        suggested.Add(implemented);
                    }

                    usage[implemented.Name] = usage.GetValueOrDefault(implemented.Name) + 1;
                }
            }

            return [.. suggested.OrderBy(t => t, Comparer<IFieldsType>.Create((a, b) =>
            {
                var byUsage = usage[b.Name] - usage[a.Name];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                if (b is InterfaceType && schema.IsSubType(b, a))
                {
                    return 1;
                }

                return Suggestions.NaturalComparer.Instance.Compare(a.Name, b.Name);
            })).Select(t => t.Name)];
        }

        private static IReadOnlyList<string> SuggestedFieldNames(INamedType type, string fieldName) =>
            type is IFieldsType fields ? Suggestions.Of(fieldName, fields.Fields.Select(f => f.Name)) : [];
    }
}
