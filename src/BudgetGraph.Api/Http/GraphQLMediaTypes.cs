namespace BudgetGraph.Api.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The spec's own response type: status codes then tell request errors from field errors.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy type: every well-formed request gets 200, errors live in the body.</summary>
    public const string Json = "application/json";
}
