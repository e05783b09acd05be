using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// One request of a cross-unit answer checked against the oracle's rows: the page of <paramref name="expected"/> from
/// <c>skipped</c> (the rows, as each test shows them), <c>totalCount</c> and <c>pageInfo.hasNextPage</c>.
/// </summary>
internal static class PageCheck
{
    /// <returns>Null when the answer agrees; else the request and what differs.</returns>
    public static async Task<string?> DisagreementAsync<TRow>(BudgetGraphFixture fixture, string query, string field, string rowsField,
        IReadOnlyList<TRow> expected, int skipped, int size, Func<JsonElement, TRow> read)
    {
        var response = await fixture.ResponseAsync(query);
        if (response.TryGetProperty("errors", out var errors)) return $"{query}\n    errors: {errors}";
        var answer = response.GetProperty("data").GetProperty(field);
        var rows = answer.GetProperty(rowsField).EnumerateArray().Select(read).ToList();
        var page = expected.Skip(skipped).Take(size).ToList();
        var problems = new List<string>();
        if (!page.SequenceEqual(rows))
            problems.Add($"rows\n      {string.Join("\n      ", rows.Take(5))}\n    expected\n      {string.Join("\n      ", page.Take(5))}");
        if (answer.GetProperty("totalCount").GetInt32() != expected.Count) problems.Add($"totalCount {answer.GetProperty("totalCount")}, expected {expected.Count}");
        if (answer.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() != expected.Count > skipped + size) problems.Add("hasNextPage");
        return problems.Count == 0 ? null : $"{query}\n    {string.Join("; ", problems)}";
    }
}
