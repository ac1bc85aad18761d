using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>A type with fields that can be selected: object or interface.</summary>
public interface IFieldsType : INamedType
{
    IReadOnlyList<FieldDefinition> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }

    IReadOnlyList<DirectiveNode> Directives { get; }

    FieldDefinition? Field(string fieldName);
}
