using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (and variable types): every type a document names — in a variable
/// definition or a type condition — is defined by the schema (or by a type definition in the document
/// itself). The error suggests defined types with a similar name.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    /// <summary>The spec's scalars and introspection types: known to type-system definitions whatever the schema holds.</summary>
    private static readonly string[] _standardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
        private readonly List<string> _typeNames = [];

        public override void EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions.OfType<TypeDefinitionNode>())
            {
                _definedTypes.Add(definition.Name.Value);
            }

            _typeNames.AddRange(context.Schema.Types.Select(t => t.Name));
            _typeNames.AddRange(_definedTypes);
        }

        public override void EnterNamedType(NamedTypeNode node) => Check(node, inTypeSystem: false);

        /// <summary>Type references inside a type-system definition (reported there by ExecutableDefinitionsRule too), as graphql-js checks them.</summary>
        public override void EnterOtherDefinition(DefinitionNode node) =>
            SyntaxWalker.Walk(node, new SyntaxVisitor().Enter<NamedTypeNode>((named, _) => Check(named, inTypeSystem: true)));

        private void Check(NamedTypeNode node, bool inTypeSystem)
        {
            var name = node.Name.Value;
            if (context.Schema.GetType(name) is not null || _definedTypes.Contains(name))
            {
                return;
            }

            if (inTypeSystem && _standardTypeNames.Contains(name))
            {
                return;
            }

            var suggestions = Suggestions.Of(name, inTypeSystem ? _standardTypeNames.Concat(_typeNames) : _typeNames);
            context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
        }
    }
}
