using System.Text;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>The comparisons of two fields' arguments and types, and the report of conflicts found below two fields.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class ConflictFinder
    {
        private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);

        /// <summary>Arguments as written: the same names with the same values, however ordered; defaults are not filled in.</summary>
        private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
        {
            if (arguments1 is null)
            {
                return arguments2 is null;
            }

            if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1.Nodes)
            {
                Spend(1);
                if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2) || KeyOf(argument1.Value) != KeyOf(value2))
                {
                    return false;
                }
            }

            return true;
        }

        private string KeyOf(ValueNode value)
        {
            if (!_valueKeys.TryGetValue(value, out var key))
            {
                _valueKeys[value] = key = ValueKey(value);
            }

            return key;
        }

        /// <summary>
        /// The shape half of SameResponseShape: list and non-null wrappers must match level by level, and
        /// leaf types must be the same type. Composite types are left to the comparison of sub-selections.
        /// </summary>
        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            if (type1 is ListType list1)
            {
                return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (TypeInfo.IsLeafType(type1) || TypeInfo.IsLeafType(type2)) && !ReferenceEquals(type1, type2);
        }

        /// <summary>The conflicts found below two fields, as one conflict of those fields ("subfields … conflict because …").</summary>
        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var reason = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (reason.Length > 0)
                {
                    reason.Append(" and ");
                }

                reason.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (reason.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(responseName, Abbreviate(reason.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
        }

        /// <summary>The enclosing field, then the fields each sub-conflict blames on this side; deeper fields kept when there are too many.</summary>
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(side.Skip(Math.Max(0, side.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }
    }

    /// <summary>
    /// A text that two argument values share exactly when they are the same as written: same kinds,
    /// same literal texts (a block string differs from a quoted one), same variables, list items in
    /// order, object fields in any order.
    /// </summary>
    private static string ValueKey(ValueNode value)
    {
        var builder = new StringBuilder();
        AppendValueKey(builder, value);
        return builder.ToString();
    }

    private static void AppendValueKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode integer:
                builder.Append("i:").Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append("f:").Append(number.Value);
                break;
            case StringValueNode text:
                builder.Append(text.Block ? "b" : "s").Append(text.Value.Length).Append(':').Append(text.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append("e:").Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValueKey(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendValueKey(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }
}
