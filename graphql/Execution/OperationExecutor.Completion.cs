using System.Collections;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>CompleteValue (spec §6.4.3): a resolved value made into a response value of the field's type.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Completes <paramref name="result"/>, which goes into <paramref name="slot"/> of <paramref name="node"/>.
    /// Objects become result maps whose fields join <paramref name="next"/>; lists are completed item by item.
    /// </summary>
    /// <exception cref="FieldErrorException">The value does not fit the type (null in a non-null type, not a list, …).</exception>
    private object? CompleteValue(IGraphQLType type, FieldPlan field, object? result, ResultNode node, int slot, ExecutionLevel next)
    {
        if (type is NonNullType nonNull)
        {
            // A null here is this field's error; a list nulled by one of its items has reported its own.
            return result is null
                ? throw ExecutionErrors.NonNullViolation(field)
                : CompleteValue(nonNull.OfType, field, result, node, slot, next);
        }

        return result switch
        {
            null => null,
            _ => type switch
            {
                ScalarType scalar => CompleteLeafValue(scalar, result),
                EnumType enumType => CompleteEnumValue(enumType, result),
                ObjectType objectType => CompleteObjectValue(objectType, field, result, node, slot, next),
                ListType list => CompleteListValue(list, field, result, node, slot, next),
                _ => CompleteAbstractValue((INamedType)type, field, result, node, slot, next),
            },
        };
    }

    private static object CompleteLeafValue(ScalarType scalar, object result)
    {
        try
        {
            return scalar.Serialize(result);
        }
        catch (CoercionException exception)
        {
            throw ExecutionErrors.NotSerializable(exception);
        }
    }

    private static string CompleteEnumValue(EnumType enumType, object result)
    {
        try
        {
            return enumType.Serialize(result);
        }
        catch (CoercionException exception)
        {
            throw ExecutionErrors.NotSerializable(exception);
        }
    }

    /// <summary>
    /// CompleteListValue: every item completed with the item type; an item error nulls the item, or the whole
    /// list when items are non-null (then null is returned: the list's own slot has been dealt with).
    /// </summary>
    private object?[]? CompleteListValue(ListType listType, FieldPlan field, object result, ResultNode node, int slot, ExecutionLevel next)
    {
        if (result is string or not IEnumerable)
        {
            throw ExecutionErrors.NotAList(field);
        }

        var itemType = listType.OfType;
        var list = new ResultList(node, slot, itemType is NonNullType, KnownCount(result));
        try
        {
            foreach (var item in (IEnumerable)result)
            {
                var index = list.Append();
                try
                {
                    list.Items[index] = CompleteValue(itemType, field, item, list, index, next);
                }
                catch (Exception exception) when (exception is not ExecutionAbortedException)
                {
                    HandleFieldError(exception, field, list, index);
                }

                if (list.IsNulled)
                {
                    return null;
                }
            }
        }
        catch
        {
            // The enumeration itself failed: the field's error nulls the list, and what was enqueued below it.
            list.IsNulled = true;
            _anyNulled = true;
            throw;
        }

        return list.Seal();
    }

    /// <summary>The number of items of a list value when it says so without being enumerated, else -1.</summary>
    private static int KnownCount(object list) => list switch
    {
        ICollection collection => collection.Count,
        IReadOnlyCollection<object> items => items.Count,
        _ => -1,
    };

    /// <summary>CompleteObjectValue: a result map for the object, which joins the next level to have its fields (its grouped field set) executed.</summary>
    private ResultMap CompleteObjectValue(ObjectType objectType, FieldPlan field, object result, ResultNode node, int slot, ExecutionLevel next)
    {
        var plan = field.SubPlan(objectType, _context.Collector);
        var target = new ResultMap(plan, result, node, slot);
        next.Add(target);
        return target;
    }

    /// <summary>CompleteValue of an interface or union: ResolveAbstractType, then the object type's completion.</summary>
    private ResultMap CompleteAbstractValue(INamedType abstractType, FieldPlan field, object result, ResultNode node, int slot, ExecutionLevel next)
    {
        var runtimeType = ResolveAbstractType(abstractType, field, result);
        return CompleteObjectValue(runtimeType, field, result, node, slot, next);
    }

    /// <summary>
    /// ResolveAbstractType: the type's <c>ResolveType</c> when set; otherwise the object type the value names through
    /// <see cref="IGraphQLTyped"/>, or else the object type named like the value's CLR type.
    /// </summary>
    private ObjectType ResolveAbstractType(INamedType abstractType, FieldPlan field, object result)
    {
        var resolveType = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var schema = _context.Schema;
        var runtimeType = resolveType?.Invoke(result);
        if (runtimeType is null)
        {
            var typeName = result is IGraphQLTyped typed ? typed.GraphQLTypeName : result.GetType().Name;
            runtimeType = schema.GetType(typeName) as ObjectType ?? throw ExecutionErrors.UnresolvedAbstractType(abstractType, field, typeName);
        }

        return schema.IsSubType(abstractType, runtimeType) ? runtimeType : throw ExecutionErrors.ImpossibleType(runtimeType, abstractType);
    }
}
