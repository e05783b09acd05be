using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>Revalidation of GET answers with If-None-Match, the same for GraphQL answers and the front ends' files.</summary>
public static class EntityTags
{
    /// <summary>
    /// Whether the request's If-None-Match names <paramref name="entityTag"/> (or is <c>*</c>): the client holds this
    /// representation and gets a 304. A list of tags is read as a list.
    /// </summary>
    public static bool MatchesIfNoneMatch(HttpRequest request, string entityTag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = new EntityTagHeaderValue(entityTag);
        // If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a proxy may have weakened our tag.
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
