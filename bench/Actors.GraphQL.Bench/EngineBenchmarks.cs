using System.Buffers;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;
using BenchmarkDotNet.Attributes;

namespace Actors.GraphQL.Bench;

/// <summary>
/// In-process parse, validate and execute of each workload, without HTTP. <see cref="Execute"/> runs a document the
/// executor has cached (as a server does after the first request) and writes the response JSON into a reused buffer.
/// </summary>
[MemoryDiagnoser]
[InProcess]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private string _query = null!;
    private DocumentNode _document = null!;
    private GraphQLRequest _request = null!;
    private readonly RequestOptions _options = new();
    private readonly ArrayBufferWriter<byte> _body = new(64 * 1024);

    [Params("three-fields", "nested-list", "introspection")]
    public string Workload { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchData.CreateSchema();
        _executor = new RequestExecutor(_schema);
        _query = Workloads.Query(Workload);
        _document = Parser.Parse(_query);
        _request = new GraphQLRequest(_query);
        Execute();
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_query);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    [Benchmark]
    public int Execute()
    {
        var response = _executor.ExecuteAsync(_request, _options, CancellationToken.None).GetAwaiter().GetResult();
        _body.ResetWrittenCount();
        ExecutionResultWriter.Write(_body, response.Result!);
        return _body.WrittenCount;
    }
}
