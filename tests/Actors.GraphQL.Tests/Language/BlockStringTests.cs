using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\t\n  ", "")]
    [InlineData("single", "single")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first\n    second\n    third", "  first\nsecond\nthird")]
    [InlineData("\n\t\ttabs\n\t\t  mixed\n", "tabs\n  mixed")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("\n  keeps\n\n  inner blank lines\n", "keeps\n\ninner blank lines")]
    [InlineData("\n    short\n  \n    lines of only white space do not set the indent", "short\n\nlines of only white space do not set the indent")]
    public void Dedent_follows_the_spec_BlockStringValue(string raw, string value)
    {
        Assert.Equal(value, BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("Desc", "\"\"\"Desc\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("\n  indented second", "\"\"\"\n\n  indented second\n\"\"\"")]
    [InlineData("line\n\n  indented\nend", "\"\"\"\nline\n\n  indented\nend\n\"\"\"")]
    [InlineData("tab\tinside", "\"\"\"tab\tinside\"\"\"")]
    [InlineData("first\n second starts with space", "\"\"\"\nfirst\n second starts with space\n\"\"\"")]
    public void Print_formats_block_strings_as_graphql_js_does(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
    }

    [Fact]
    public void Print_breaks_lines_longer_than_seventy_characters()
    {
        var seventy = new string('x', 70);
        var seventyOne = new string('x', 71);

        Assert.Equal("\"\"\"" + seventy + "\"\"\"", BlockString.Print(seventy));
        Assert.Equal("\"\"\"\n" + seventyOne + "\n\"\"\"", BlockString.Print(seventyOne));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("two\nlines")]
    [InlineData("  first line keeps its indent\nsecond")]
    [InlineData("quote at the end\"")]
    [InlineData("triple \"\"\" quotes \"\"\"")]
    [InlineData("back\\slash\\")]
    [InlineData("line\n\n  indented\nend")]
    public void A_printed_block_string_reads_back_as_the_same_value(string value)
    {
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(BlockString.Print(value)));

        Assert.Equal((value, true), (parsed.Value, parsed.Block));
    }
}
