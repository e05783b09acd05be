using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// GraphQL.NET's <see cref="GraphQLDocumentBuilder"/>, except that a document nested deeper than the parser allows
/// (<see cref="GraphQLMaxDepthExceededException"/>: 70 nested selections, 40 nested <c>or</c>s, <c>[[[…]]]</c>) is a
/// syntax error like any other (<see cref="SyntaxError"/>, code <c>SYNTAX_ERROR</c>, status 400 with
/// graphql-response+json) rather than an unhandled exception answered as an internal error.
/// </summary>
public sealed class SyntaxErrorDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder inner = new();

    /// <inheritdoc/>
    public GraphQLParser.AST.GraphQLDocument Build(string body)
    {
        try
        {
            return inner.Build(body);
        }
        catch (GraphQLMaxDepthExceededException tooDeep)
        {
            throw new SyntaxError(new GraphQLSyntaxErrorException(tooDeep.Description, body, Offset(body, tooDeep.Location)));
        }
    }

    /// <summary>The character offset of a 1-based line and column (the parser's location, converted back).</summary>
    private static int Offset(string body, GraphQLParser.Location location)
    {
        var offset = 0;
        for (var line = 1; line < location.Line && offset < body.Length; line++)
        {
            var next = body.IndexOfAny(['\r', '\n'], offset);
            if (next < 0) return body.Length;
            offset = next + (body[next] == '\r' && next + 1 < body.Length && body[next + 1] == '\n' ? 2 : 1);
        }
        return Math.Min(body.Length, offset + Math.Max(0, location.Column - 1));
    }
}
