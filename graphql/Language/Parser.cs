using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (https://spec.graphql.org/September2025/#sec-Language),
/// one method per grammar production, split into files by spec section. It reads UTF-8 directly through
/// <see cref="Lexer"/> and builds immutable <see cref="SyntaxNode"/> records. A document may hold
/// executable definitions, type-system definitions and extensions together; validation decides later
/// what a given use accepts.
/// <para>
/// Errors are thrown, never returned: every entry point throws <see cref="GraphQLSyntaxError"/> at the
/// first problem, and the <see cref="ParserOptions"/> limits are checked as the source is read (size
/// first, before any byte is looked at; tokens as they are lexed; depth and fields as nodes open), so a
/// hostile document is refused before it can cost much.
/// </para>
/// </summary>
public ref partial struct Parser
{
    private readonly ParserOptions _options;
    private readonly NameTable _names;
    private Lexer _lexer;
    private int _depth;
    private int _fieldCount;

    private Parser(ReadOnlySpan<byte> utf8, ParserOptions options)
    {
        _options = options;
        _names = new NameTable();
        _lexer = new Lexer(utf8, options.MaxTokens);
        _lexer.Advance();
    }

    private delegate T Utf8Entry<T>(ReadOnlySpan<byte> utf8, ParserOptions? options);

    /// <summary>Parses a whole document from UTF-8 bytes. Locations are byte offsets into <paramref name="utf8"/>.</summary>
    /// <exception cref="GraphQLSyntaxError">The document breaks the grammar or a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = Start(utf8, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a whole document. Locations are byte offsets into the UTF-8 encoding of <paramref name="source"/>.</summary>
    /// <exception cref="GraphQLSyntaxError">The document breaks the grammar or a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, limits) => Parse(utf8, limits));

    /// <summary>Parses one value literal, variables allowed (<c>Value</c>), and nothing else.</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = Start(utf8, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <inheritdoc cref="ParseValue(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, limits) => ParseValue(utf8, limits));

    /// <summary>Parses one constant value literal (<c>Value[Const]</c>: no variables), and nothing else.</summary>
    public static ValueNode ParseConstValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = Start(utf8, options);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <inheritdoc cref="ParseConstValue(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, limits) => ParseConstValue(utf8, limits));

    /// <summary>Parses one type reference, e.g. <c>[String!]!</c>, and nothing else.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = Start(utf8, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <inheritdoc cref="ParseType(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, limits) => ParseType(utf8, limits));

    private static Parser Start(ReadOnlySpan<byte> utf8, ParserOptions? options)
    {
        options ??= ParserOptions.Default;
        options.Validate();
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw DocumentTooLarge(options);
        }

        return new Parser(utf8, options);
    }

    private static GraphQLSyntaxError DocumentTooLarge(ParserOptions options) =>
        new($"Document exceeds the maximum size of {options.MaxDocumentBytes} bytes.", 0, 1, 1, SyntaxErrorCodes.DocumentTooLarge);

    /// <summary>
    /// Encodes <paramref name="source"/> as UTF-8 into a pooled buffer and parses that. The size limit is
    /// checked first: a string longer than the limit in chars is longer still in bytes.
    /// </summary>
    private static T FromString<T>(string source, ParserOptions? options, Utf8Entry<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        options.Validate();
        if (source.Length > options.MaxDocumentBytes)
        {
            throw DocumentTooLarge(options);
        }

        ThrowOnLoneSurrogate(source);
        var byteCount = Encoding.UTF8.GetByteCount(source);
        if (byteCount > options.MaxDocumentBytes)
        {
            throw DocumentTooLarge(options);
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var length = Encoding.UTF8.GetBytes(source, buffer);
            return parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A string may hold an unpaired surrogate, which is no Unicode scalar value and has no UTF-8 form.</summary>
    private static void ThrowOnLoneSurrogate(string source)
    {
        var text = source.AsSpan();
        var index = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0 && index < text.Length)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                var next = text[(index + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                index = next < 0 ? -1 : index + 2 + next;
                continue;
            }

            var lineStart = text[..index].LastIndexOfAny('\n', '\r') + 1;
            var line = 1;
            for (var i = 0; i < lineStart; i++)
            {
                line += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) ? 1 : 0;
            }

            throw new GraphQLSyntaxError(
                $"Invalid character: U+{(int)text[index]:X4}.",
                Encoding.UTF8.GetByteCount(text[..index]),
                line,
                index - lineStart + 1);
        }
    }

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = Begin();
        var definitions = new ArrayBuilder<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode(definitions.ToArray()) { Location = At(start) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// <para>The keyword decides, looking past a leading description.</para>
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.BraceLeft)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : _lexer;
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Span;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (IsTypeDefinitionKeyword(word))
            {
                return ParseTypeDefinition(word);
            }

            if (word.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (word.SequenceEqual("query"u8) || word.SequenceEqual("mutation"u8) || word.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (word.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw ErrorAt(_lexer, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (word.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }
        else if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw ErrorAt(_lexer, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        throw Unexpected(keyword);
    }
}
