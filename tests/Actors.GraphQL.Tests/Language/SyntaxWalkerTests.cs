using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private static string Label(SyntaxNode node) => node switch
    {
        NameNode name => "Name " + name.Value,
        _ => node.Kind.ToString(),
    };

    [Fact]
    public void Nodes_are_entered_and_left_depth_first_in_source_order()
    {
        var events = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<SyntaxNode>((node, _) => events.Add("enter " + Label(node)))
            .Leave<SyntaxNode>((node, _) => events.Add("leave " + Label(node)));

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) @d }"), visitor);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name a", "leave Name a",
                "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue", "leave Argument",
                "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            events);
    }

    [Fact]
    public void Callbacks_see_the_ancestors_from_the_root_to_the_parent()
    {
        SyntaxNode[]? ancestors = null;
        FieldNode? nearestField = null;
        var visitor = new SyntaxVisitor().Enter<FieldNode>((field, path) =>
        {
            if (field.Name.Value == "inner")
            {
                ancestors = path.ToArray();
                nearestField = path.Nearest<FieldNode>();
            }
        });

        SyntaxWalker.Walk(Parser.Parse("query Q { outer { inner } }"), visitor);

        Assert.Equal(
            [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet],
            ancestors!.Select(node => node.Kind));
        Assert.Equal("outer", nearestField!.Name.Value);
    }

    [Fact]
    public void The_parent_is_the_same_on_enter_and_leave()
    {
        var parents = new List<SyntaxKind?>();
        var visitor = new SyntaxVisitor()
            .Enter<ArgumentNode>((_, path) => parents.Add(path.Parent?.Kind))
            .Leave<ArgumentNode>((_, path) => parents.Add(path.Parent?.Kind));

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) }"), visitor);

        Assert.Equal([SyntaxKind.Field, SyntaxKind.Field], parents);
    }

    [Fact]
    public void Skip_hides_the_subtree_and_its_leave()
    {
        var fields = new List<string>();
        var left = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<FieldNode>((field, _) =>
            {
                fields.Add(field.Name.Value);
                return field.Name.Value == "hidden" ? VisitAction.Skip : VisitAction.Continue;
            })
            .Leave<FieldNode>((field, _) => left.Add(field.Name.Value));

        SyntaxWalker.Walk(Parser.Parse("{ hidden { secret } shown { child } }"), visitor);

        Assert.Equal(["hidden", "shown", "child"], fields);
        Assert.Equal(["child", "shown"], left);
    }

    [Fact]
    public void Break_ends_the_walk_for_that_visitor()
    {
        var fields = new List<string>();
        var visitor = new SyntaxVisitor().Enter<FieldNode>((field, _) =>
        {
            fields.Add(field.Name.Value);
            return field.Name.Value == "stop" ? VisitAction.Break : VisitAction.Continue;
        });

        SyntaxWalker.Walk(Parser.Parse("{ a stop { b } c }"), visitor);

        Assert.Equal(["a", "stop"], fields);
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipper = new List<string>();
        var breaker = new List<string>();
        var watcher = new List<string>();
        var visitors = new[]
        {
            new SyntaxVisitor().Enter<FieldNode>((field, _) =>
            {
                skipper.Add(field.Name.Value);
                return field.Name.Value == "a" ? VisitAction.Skip : VisitAction.Continue;
            }),
            new SyntaxVisitor().Enter<FieldNode>((field, _) =>
            {
                breaker.Add(field.Name.Value);
                return VisitAction.Break;
            }),
            new SyntaxVisitor().Enter<FieldNode>((field, _) => watcher.Add(field.Name.Value)),
        };

        SyntaxWalker.Walk(Parser.Parse("{ a { b } c }"), visitors);

        Assert.Equal(["a", "c"], skipper);
        Assert.Equal(["a"], breaker);
        Assert.Equal(["a", "b", "c"], watcher);
    }

    [Fact]
    public void Enter_runs_in_list_order_and_leave_in_reverse()
    {
        var events = new List<string>();
        SyntaxVisitor Named(string name) => new SyntaxVisitor()
            .Enter<FieldNode>((_, _) => events.Add("enter " + name))
            .Leave<FieldNode>((_, _) => events.Add("leave " + name));

        SyntaxWalker.Walk(Parser.Parse("{ a }"), [Named("types"), Named("rule")]);

        Assert.Equal(["enter types", "enter rule", "leave rule", "leave types"], events);
    }

    [Fact]
    public void Abstract_types_and_interfaces_register_for_every_kind_they_cover()
    {
        var selections = 0;
        var directed = new List<SyntaxKind>();
        var visitor = new SyntaxVisitor()
            .Enter<SelectionNode>((_, _) => selections++)
            .Enter<IHasDirectives>((node, _) =>
            {
                if (node.Directives.Count > 0)
                {
                    directed.Add(((SyntaxNode)node).Kind);
                }
            });

        SyntaxWalker.Walk(Parser.Parse("query @q { a @f ...F @s ... on T @i { b } } fragment F on T @g { c }"), visitor);

        Assert.Equal(5, selections);
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition],
            directed);
    }

    [Fact]
    public void Two_callbacks_for_one_kind_both_run_and_the_stronger_action_wins()
    {
        var calls = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<FieldNode>((field, _) => calls.Add("first " + field.Name.Value))
            .Enter<FieldNode>((field, _) =>
            {
                calls.Add("second " + field.Name.Value);
                return VisitAction.Skip;
            });

        SyntaxWalker.Walk(Parser.Parse("{ a { b } }"), visitor);

        Assert.Equal(["first a", "second a"], calls);
    }

    [Fact]
    public void Type_system_nodes_and_their_descriptions_are_walked()
    {
        var strings = new List<string>();
        var names = new List<string>();
        var visitor = new SyntaxVisitor()
            .Enter<StringValueNode>((node, _) => strings.Add(node.Value))
            .Enter<NamedTypeNode>((node, _) => names.Add(node.Name.Value));

        SyntaxWalker.Walk(
            Parser.Parse("\"T\" type T implements I { \"f\" f(\"a\" a: [In!]): Out } extend union U = M \"d\" directive @d(\"x\" x: X) on FIELD"),
            visitor);

        Assert.Equal(["T", "f", "a", "d", "x"], strings);
        Assert.Equal(["I", "In", "Out", "M", "X"], names);
    }

    [Fact]
    public void Registering_a_type_that_is_no_node_fails()
    {
        Assert.Throws<ArgumentException>(() => new SyntaxVisitor().Enter<string>((_, _) => { }));
    }
}
