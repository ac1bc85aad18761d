using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private static async Task<string> Refused(string query, string? variables, RequestExecutorOptions? options = null)
    {
        var response = await ArgumentCoercionTests.Echoing().ExecuteAsync(query, variables, options: options);
        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.False(response.Result!.HasData);
        return ExecutionHarness.Json(response.Result);
    }

    private static string Error(string message, int column) =>
        $$$"""{"errors":[{"message":"{{{message.Replace("\"", "\\\"", StringComparison.Ordinal)}}}","locations":[{"line":1,"column":{{{column}}}}],"extensions":{"code":"BAD_USER_INPUT"}}]}""";

    [Fact]
    public async Task A_required_variable_that_is_not_provided()
    {
        Assert.Equal(
            Error("""Variable "$id" of required type "ID!" was not provided.""", 8),
            await Refused("query ($id: ID!) { search(by: { id: $id }) }", "{}"));
    }

    [Fact]
    public async Task A_required_variable_that_is_null()
    {
        Assert.Equal(
            Error("""Variable "$id" of non-null type "ID!" must not be null.""", 8),
            await Refused("query ($id: ID!) { search(by: { id: $id }) }", """{"id":null}"""));
    }

    [Fact]
    public async Task A_scalar_that_does_not_coerce()
    {
        Assert.Equal(
            Error("Variable \"$n\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"", 8),
            await Refused("query ($n: Int) { int(value: $n) }", """{"n":"abc"}"""));
        Assert.Equal(
            Error("""Variable "$n" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000""", 8),
            await Refused("query ($n: Int) { int(value: $n) }", """{"n":3000000000}"""));
    }

    [Fact]
    public async Task A_list_item_that_does_not_coerce_is_reported_at_its_index()
    {
        Assert.Equal(
            Error("Variable \"$ids\" got invalid value \"x\" at \"ids[1]\"; Int cannot represent non-integer value: \"x\"", 8),
            await Refused("query ($ids: [Int]) { list(values: $ids) }", """{"ids":[1,"x"]}"""));
    }

    [Fact]
    public async Task An_input_object_that_is_not_an_object()
    {
        Assert.Equal(
            Error("""Variable "$f" got invalid value 3; Expected type "JobFilter" to be an object.""", 8),
            await Refused("query ($f: JobFilter) { filter(input: $f) }", """{"f":3}"""));
    }

    [Fact]
    public async Task An_input_object_without_a_required_field()
    {
        Assert.Equal(
            Error("""Variable "$f" got invalid value {"status":"OPEN"}; Field "minBudget" of required type "Int!" was not provided.""", 8),
            await Refused("query ($f: JobFilter) { filter(input: $f) }", """{"f":{"status":"OPEN"}}"""));
    }

    [Fact]
    public async Task An_input_object_with_an_unknown_field()
    {
        Assert.Equal(
            Error("""Variable "$f" got invalid value {"minBudget":1,"color":"red"}; Field "color" is not defined by type "JobFilter".""", 8),
            await Refused("query ($f: JobFilter) { filter(input: $f) }", """{"f":{"minBudget":1,"color":"red"}}"""));
    }

    [Fact]
    public async Task A_null_inside_an_input_object_where_non_null_is_required()
    {
        Assert.Equal(
            Error("""Variable "$f" got invalid value null at "f.tags[1]"; Expected non-nullable type "String!" not to be null.""", 8),
            await Refused("query ($f: JobFilter) { filter(input: $f) }", """{"f":{"minBudget":1,"tags":["a",null]}}"""));
    }

    [Fact]
    public async Task An_enum_value_that_is_not_a_string_or_not_a_value()
    {
        Assert.Equal(
            Error("""Variable "$s" got invalid value 1; Enum "Status" cannot represent non-string value: 1.""", 8),
            await Refused("query ($s: Status) { status(status: $s) }", """{"s":1}"""));
        Assert.Equal(
            Error("""Variable "$s" got invalid value "DONE"; Value "DONE" does not exist in "Status" enum.""", 8),
            await Refused("query ($s: Status) { status(status: $s) }", """{"s":"DONE"}"""));
    }

    [Fact]
    public async Task A_one_of_input_with_other_than_exactly_one_key()
    {
        Assert.Equal(
            Error("""Variable "$by" got invalid value {"id":"1","title":"x"}; Exactly one key must be specified for OneOf type "SearchBy".""", 8),
            await Refused("query ($by: SearchBy!) { search(by: $by) }", """{"by":{"id":"1","title":"x"}}"""));
        Assert.Equal(
            Error("""Variable "$by" got invalid value {}; Exactly one key must be specified for OneOf type "SearchBy".""", 8),
            await Refused("query ($by: SearchBy!) { search(by: $by) }", """{"by":{}}"""));
    }

    [Fact]
    public async Task A_one_of_input_whose_key_is_null()
    {
        Assert.Equal(
            Error("""Variable "$by" got invalid value null at "by.id"; Field "id" must be non-null.""", 8),
            await Refused("query ($by: SearchBy!) { search(by: $by) }", """{"by":{"id":null}}"""));
    }

    [Fact]
    public async Task Variables_that_are_not_a_json_object()
    {
        Assert.Equal(
            """{"errors":[{"message":"Variables must be provided as an Object where each property is a variable value.","extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await Refused("query ($n: Int) { int(value: $n) }", "[1]"));
    }

    [Fact]
    public async Task A_variable_of_an_output_type_when_validation_lets_it_through()
    {
        var schema = SchemaBuilder.Build("type Query { job(j: String): Job } type Job { id: ID }");
        var response = await schema.ExecuteAsync("query ($j: Job) { job { id } }", "{}", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.Equal(
            Error("""Variable "$j" expected value of type "Job" which cannot be used as an input type.""", 8),
            ExecutionHarness.Json(response.Result!));
    }

    [Fact]
    public async Task Every_bad_variable_is_reported_at_once_at_its_definition()
    {
        var json = await Refused("""
            query (
              $a: Int!,
              $b: Status
            ) { int(value: $a) status(status: $b) }
            """,
            """{"b":"NOPE"}""");

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$a\" of required type \"Int!\" was not provided.","locations":[{"line":2,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$b\" got invalid value \"NOPE\"; Value \"NOPE\" does not exist in \"Status\" enum.","locations":[{"line":3,"column":3}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            json);
    }
}
