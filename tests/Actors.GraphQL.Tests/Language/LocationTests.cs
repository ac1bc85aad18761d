using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class LocationTests
{
    [Fact]
    public void A_node_spans_from_its_first_token_to_the_end_of_its_last()
    {
        const string source = "query Q { job(id: 1) { id } }";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        var job = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        Assert.Equal(new Location(10, 27, 1, 11), job.Location);
        Assert.Equal("job(id: 1) { id }", source[job.Location!.Value.Start..job.Location.Value.End]);
        Assert.Equal(new Location(14, 19, 1, 15), job.Arguments[0].Location);
        Assert.Equal(new Location(18, 19, 1, 19), job.Arguments[0].Value.Location);
    }

    [Fact]
    public void Lines_and_columns_follow_the_source_layout()
    {
        var document = Parser.Parse("# comment\n\nquery Q {\n  a\n  b: c @d\n}\r\nfragment F on T { x }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var aliased = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal((3, 1), (operation.Location!.Value.Line, operation.Location.Value.Column));
        Assert.Equal((5, 3), (aliased.Location!.Value.Line, aliased.Location.Value.Column));
        Assert.Equal((5, 8), (aliased.Directives[0].Location!.Value.Line, aliased.Directives[0].Location!.Value.Column));
        Assert.Equal((7, 1), (document.Definitions[1].Location!.Value.Line, document.Definitions[1].Location!.Value.Column));
    }

    [Fact]
    public void Wrapped_types_include_their_brackets_and_bangs()
    {
        var type = Parser.ParseType("[Int!]!");

        var nonNull = Assert.IsType<NonNullTypeNode>(type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal((0, 7), (nonNull.Location!.Value.Start, nonNull.Location.Value.End));
        Assert.Equal((0, 6), (list.Location!.Value.Start, list.Location.Value.End));
        Assert.Equal((1, 5), (list.Type.Location!.Value.Start, list.Type.Location.Value.End));
    }

    [Fact]
    public void A_description_starts_the_definition_it_describes()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("\n\"\"\"\nA job\n\"\"\"\ntype Job { id: ID }").Definitions[0];

        Assert.Equal((1, 2, 1), (type.Location!.Value.Start, type.Location.Value.Line, type.Location.Value.Column));
        Assert.Equal((5, 6), (type.Name.Location!.Value.Line, type.Name.Location.Value.Column));
    }

    [Fact]
    public void Offsets_are_bytes_and_columns_are_utf16_units_after_non_ascii_text()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a(t: \"😀é\") b }").Definitions[0];

        var b = operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(17, 18, 1, 15), b.Location);
    }
}
