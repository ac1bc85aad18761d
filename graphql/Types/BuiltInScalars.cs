using Actors.GraphQL.Types.Scalars;

namespace Actors.GraphQL.Types;

/// <summary>The scalars every schema has (Int, Float, String, Boolean, ID) and the ones this engine provides when a schema declares them (DateTime, Decimal, Long).</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    public static ScalarType DateTime { get; } = new DateTimeType();

    public static ScalarType Decimal { get; } = new DecimalType();

    public static ScalarType Long { get; } = new LongType();

    /// <summary>The spec's scalars, in every schema.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>Scalars available by name to a schema that declares <c>scalar DateTime</c> etc.</summary>
    public static IReadOnlyList<ScalarType> Provided { get; } = [DateTime, Decimal, Long];
}
