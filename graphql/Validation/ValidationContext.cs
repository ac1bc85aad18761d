using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation;

/// <summary>
/// What rules share during one validation: the schema and document, the type information of the node
/// being visited (kept by <see cref="DocumentWalker"/>), fragment and variable-usage lookups, and the
/// error list.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);

    internal readonly Stack<IGraphQLType?> TypeStack = new();
    internal readonly Stack<INamedType?> ParentTypeStack = new();
    internal readonly Stack<IGraphQLType?> InputTypeStack = new();
    internal readonly Stack<FieldDefinition?> FieldDefinitionStack = new();
    internal readonly Stack<ValueNode?> DefaultValueStack = new();

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors = 100)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments[fragment.Name.Value] = fragment; // the last of a duplicated name wins, as in graphql-js
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Whether the error cap was reached: validation stops, with a last error saying so.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>The output type of the current field or fragment (nullable and list wrappers kept).</summary>
    public IGraphQLType? Type => TypeStack.Count > 0 ? TypeStack.Peek() : null;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public INamedType? ParentType => ParentTypeStack.Count > 0 ? ParentTypeStack.Peek() : null;

    /// <summary>The expected input type at the current argument, list item, object field or variable.</summary>
    public IGraphQLType? InputType => InputTypeStack.Count > 0 ? InputTypeStack.Peek() : null;

    /// <summary>The input type one level up (the list or input object the current value is in).</summary>
    public IGraphQLType? ParentInputType => InputTypeStack.Count > 1 ? InputTypeStack.ElementAt(1) : null;

    public FieldDefinition? FieldDefinition => FieldDefinitionStack.Count > 0 ? FieldDefinitionStack.Peek() : null;

    /// <summary>The default value of the argument or input field being visited, if it has one.</summary>
    public ValueNode? DefaultValue => DefaultValueStack.Count > 0 ? DefaultValueStack.Peek() : null;

    public DirectiveDefinition? Directive { get; internal set; }

    public InputValueDefinition? Argument { get; internal set; }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public void ReportError(GraphQLError error)
    {
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.WithCode("Too many validation errors, error limit reached. Validation aborted.", ValidationErrorCodes.Aborted));
            IsAborted = true;
            return;
        }

        _errors.Add(error);
    }

    /// <summary>Ends the whole validation with <paramref name="error"/> as its last error (a rule's work budget ran out).</summary>
    public void Abort(GraphQLError error)
    {
        if (!IsAborted)
        {
            _errors.Add(error);
            IsAborted = true;
        }
    }

    /// <summary>A validation error at the nodes' locations, with code GRAPHQL_VALIDATION_FAILED.</summary>
    public void ReportError(string message, params SyntaxNode?[] nodes) =>
        ReportError(new GraphQLError(
            message,
            nodes.Where(n => n?.Location is not null).Select(n => new SourceLocation(n!.Location!.Value.Line, n.Location.Value.Column)).ToList(),
            extensions: new Dictionary<string, object?> { ["code"] = ValidationErrorCodes.Failed }));
}
