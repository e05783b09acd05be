namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>Stable <c>extensions.code</c> values of the errors this schema raises (HotChocolate's codes where it has one).</summary>
public static class ErrorCodes
{
    /// <summary>No unit / budget / node with the given key.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>HotChocolate HC0051: <c>first</c>/<c>last</c> above the maximum page size.</summary>
    public const string MaxPageSizeExceeded = "HC0051";
    /// <summary>HotChocolate HC0079: negative <c>first</c>/<c>last</c>.</summary>
    public const string NegativePageSize = "HC0079";
    /// <summary>HotChocolate HC0078: a cursor that this server did not issue.</summary>
    public const string InvalidCursor = "HC0078";
    /// <summary>A global ID that is not base64 of "TypeName:id" for a known type.</summary>
    public const string InvalidId = "INVALID_ID";
    /// <summary>An amount filter value with more decimals than can be stored exactly (six).</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";
}
