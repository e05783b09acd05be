using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Every field the root connections sort by reads its page in an index's order, and every number, boolean or
/// text they filter by counts its matches (<c>totalCount</c>) from an index, a text's <c>contains</c> too (issue 8: a journalist's
/// sort or filter must not read and sort every row of a table that holds a province's budgets). The fields are read
/// from the schema, so a sortable or filterable field added without its index fails here, with its plan; the plans of
/// all of them are kept as snapshots (SQLite plans by the schema alone, so these are the plans at any size). The
/// fields no B-tree can serve are listed in <see cref="NotIndexed"/>, each with the reason.
/// </summary>
public sealed partial class ConnectionIndexTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    /// <summary>Fields (connection.field) left without an index, and why.</summary>
    private static readonly Dictionary<string, string> NotIndexed = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [InlineData("units", "Unit")]
    [InlineData("budgets", "Budget")]
    [InlineData("projects", "Project")]
    [InlineData("indicators", "Indicator")]
    public async Task Each_sort_reads_its_page_in_an_index_order_and_each_filter_counts_from_an_index(string connection, string type)
    {
        var plans = new StringBuilder();
        var unserved = new List<string>();
        foreach (var (field, kind) in await InputFieldsAsync($"{type}SortInput"))
        {
            if (kind != "ENUM") continue; // a sort through a relation (e.g. unit: { name }) orders by a joined row
            foreach (var direction in new[] { "ASC", "DESC" })
            {
                var plan = await Fixture.PlanOfAsync($"{{ {connection}(order: [{{ {field}: {direction} }}], first: 20) {{ nodes {{ id }} }} }}", "ORDER BY");
                plans.Append($"order {field} {direction}:\n{plan}");
                if (!NotIndexed.ContainsKey($"{connection}.{field}") && !InIndexOrder(plan)) unserved.Add($"order {field} {direction}: {plan}");
            }
        }
        foreach (var (field, kind) in await InputFieldsAsync($"{type}FilterInput"))
        {
            if (FilterOf(kind) is not { } filter) continue; // and/or, relations and lists
            var plan = await Fixture.PlanOfAsync($"{{ {connection}(where: {{ {field}: {filter} }}) {{ totalCount }} }}", Counting);
            plans.Append($"where {field} {filter} (totalCount):\n{plan}");
            if (!NotIndexed.ContainsKey($"{connection}.{field}") && !FromAnIndex(plan)) unserved.Add($"where {field}: {plan}");
            if (kind != "StringOperationFilterInput") continue;
            // A contains no B-tree range serves: counted on the name's grams, on the values counted at import, or on the column's index, whose entries
            // are a fraction of the rows' size (a project row carries its overview, basis and goal texts).
            plan = await Fixture.PlanOfAsync($$"""{ {{connection}}(where: { {{field}}: { contains: "x" } }) { totalCount } }""", Counting);
            plans.Append($"where {field} contains (totalCount):\n{plan}");
            if (!NotIndexed.ContainsKey($"{connection}.{field}") && BareScan().IsMatch(plan)) unserved.Add($"where {field} contains: {plan}");
        }

        Assert.True(unserved.Count == 0, $"{connection}: read without an index:\n{string.Join("\n", unserved)}");
        Snapshooter.Xunit.Snapshot.Match(plans.ToString(), new Snapshooter.SnapshotNameExtension(connection));
    }

    /// <summary>The command that counts: the rows, or (one category column) the counts of its values kept at import, or
    /// (one amount) the counts of its bands (a round bound of 100 lies at a band's edge: no row is counted), or (units)
    /// the ids the filter lists, their number the count (MatchList).</summary>
    private static readonly string[] Counting = ["COUNT(", "FROM \"ValueCounts\"", "FROM \"AmountBandCounts\"", "SELECT \"u\".\"Id\"\nFROM \"Units\""];

    /// <summary>No step sorts rows (a temporary B-tree) or scans a table without an index.</summary>
    private static bool InIndexOrder(string plan) => !plan.Contains("TEMP B-TREE", StringComparison.Ordinal) && !BareScan().IsMatch(plan);

    /// <summary>The count reads index entries only: no table scanned without an index.</summary>
    private static bool FromAnIndex(string plan) => plan.Contains("INDEX", StringComparison.Ordinal) && !BareScan().IsMatch(plan);

    [GeneratedRegex(@"^\s*SCAN \w+$", RegexOptions.Multiline)]
    private static partial Regex BareScan();

    /// <summary>A filter that an index can serve, by the operation input's type; null for the others.</summary>
    private static string? FilterOf(string type) => type switch
    {
        "StringOperationFilterInput" => """{ eq: "x" }""",
        "IntOperationFilterInput" => "{ eq: 2024 }",
        "DecimalOperationFilterInput" => "{ gte: 100 }",
        "BooleanOperationFilterInput" => "{ eq: true }",
        _ => null,
    };

    /// <summary>The input type's fields with the name of their type (ENUM for a sort direction, else the input type's name).</summary>
    private async Task<IReadOnlyList<(string Name, string Kind)>> InputFieldsAsync(string inputType)
    {
        var data = await Fixture.DataAsync($$"""{ __type(name: "{{inputType}}") { inputFields { name type { kind name } } } }""");
        return data.GetProperty("__type").GetProperty("inputFields").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type") is var t && t.GetProperty("kind").GetString() == "ENUM"
                ? "ENUM" : t.GetProperty("name").GetString() ?? ""))
            .ToList();
    }

    public static TheoryData<string> FilterSpecs() => ["units", "budgets", "projects", "indicators"];

    [Theory]
    [MemberData(nameof(FilterSpecs))]
    public void Each_index_a_filter_says_carries_fields_leads_with_its_field_and_holds_theirs(string connection)
    {
        var carrying = connection switch
        {
            "units" => Api.GraphQL.Units.UnitQuerySpec.Filter.CarryingIndexes,
            "budgets" => Api.GraphQL.Budgets.BudgetQuerySpec.Filter.CarryingIndexes,
            "projects" => Api.GraphQL.Projects.ProjectQuerySpec.Filter.CarryingIndexes,
            _ => Api.GraphQL.Indicators.IndicatorQuerySpec.Filter.CarryingIndexes,
        };
        using var scope = Fixture.Services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        // (The design-time model: the read-optimized one keeps no index directions.)
        var model = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
        foreach (var (field, (column, carried, descending)) in carrying)
        {
            // SQLite (the fixture's): the carried columns follow the field's in the index (SQL Server: its INCLUDE columns).
            var indexes = model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.Properties[0].Name == column).ToList();
            Assert.True(indexes.Any(i => IsDescending(i) is false && carried.All(c => i.Properties.Any(p => p.Name == c))),
                $"{connection}.{field}: no index leads with {column} and holds {string.Join(", ", carried)}");
            // Declared descending too: an index leading with the column descending, then the key ascending (the order a sort
            // descending by the field reads, ties by the key), holds them too.
            if (descending)
                Assert.True(indexes.Any(i => IsDescending(i) is true && i.Properties is [_, { Name: "Id" }, ..] && i.IsDescending![1] is false
                        && carried.All(c => i.Properties.Any(p => p.Name == c))),
                    $"{connection}.{field}: no index leads with {column} descending, then the key, and holds {string.Join(", ", carried)}");
        }
        if (connection == "indicators") Assert.NotEmpty(carrying);

        // Fields declared indexed together: an index leads with exactly their columns, in some order, then the key (the
        // rowid after them, or the key named, columns the index carries after it: IX_Indicators_FiscalYear_IsCore_Orders).
        var together = connection switch
        {
            "units" => Api.GraphQL.Units.UnitQuerySpec.Filter.IndexesOfFieldsTogether,
            "budgets" => Api.GraphQL.Budgets.BudgetQuerySpec.Filter.IndexesOfFieldsTogether,
            "projects" => Api.GraphQL.Projects.ProjectQuerySpec.Filter.IndexesOfFieldsTogether,
            _ => Api.GraphQL.Indicators.IndicatorQuerySpec.Filter.IndexesOfFieldsTogether,
        };
        foreach (var columns in together)
            Assert.True(model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Any(i => i.Properties.Count >= columns.Count
                    && i.Properties.Take(columns.Count).All(p => columns.Contains(p.Name))
                    && (i.Properties.Count == columns.Count || i.Properties[columns.Count].Name == "Id")
                    && (i.IsDescending is null || i.IsDescending is { Count: > 0 } d && !d.Any(x => x))),
                $"{connection}: no index of {string.Join(", ", columns)} alone, ascending");
        if (connection is "projects" or "indicators") Assert.NotEmpty(together);

        // Ranges declared carrying columns: an index leads with exactly the fields' columns, in some order, then the key
        // named, every column ascending, and holds the carried ones (SQLite: after the key; SQL Server: INCLUDE).
        var ranges = connection switch
        {
            "units" => Api.GraphQL.Units.UnitQuerySpec.Filter.RangesCarrying,
            "budgets" => Api.GraphQL.Budgets.BudgetQuerySpec.Filter.RangesCarrying,
            "projects" => Api.GraphQL.Projects.ProjectQuerySpec.Filter.RangesCarrying,
            _ => Api.GraphQL.Indicators.IndicatorQuerySpec.Filter.RangesCarrying,
        };
        foreach (var (columns, carried) in ranges)
            Assert.True(model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Any(i => i.Properties.Count > columns.Count
                    && i.Properties.Take(columns.Count).All(p => columns.Contains(p.Name)) && i.Properties[columns.Count].Name == "Id"
                    && carried.All(c => i.Properties.Skip(columns.Count + 1).Any(p => p.Name == c))
                    && (i.IsDescending is null || i.IsDescending is { Count: > 0 } d && !d.Any(x => x))),
                $"{connection}: no index of {string.Join(", ", columns)}, then the key, holding {string.Join(", ", carried)}");
        if (connection == "indicators") Assert.Equal(5, ranges.Count);

        // (EF Core: no list, every column ascending; an empty one, every column descending.)
        static bool IsDescending(Microsoft.EntityFrameworkCore.Metadata.IIndex index) =>
            index.IsDescending is { } directions && (directions.Count == 0 || directions[0]);
    }

    [Theory]
    // (An indicator's target beside its categories is counted on the kept combinations: TargetBesideCategoriesTests.)
    // (A card's amount beside its core mark or category is counted on its bands kept beside them, AmountBandCountTests; its
    // page is read in IX_Projects_Amount_Categories, CarriedIndexBesideTermsTests.)
    // (Beside a year or a core mark a department is counted on its kept counts beside them: DepartmentBesideTermsTests.)
    [InlineData("projects", """department: { eq: "预算科" }, category: { eq: "一般性项目" }""", "IX_Projects_Department_Categories (Department=?)")]
    [InlineData("budgets", """year: { eq: 2024 }, incomeTotal: { gte: 100 }, basicExpenditure: { gte: 100 }""", "IX_Budgets_FiscalYear_Amounts (FiscalYear=?)")]
    public async Task A_column_beside_fields_its_index_holds_is_counted_in_that_index_alone(string connection, string terms, string index)
    {
        // The column's range of its index, each entry tested there, no row read (SQLite would read the equality's index
        // and each of its rows to test the range).
        var plan = await Fixture.PlanOfAsync($$"""{ {{connection}}(where: { {{terms}} }) { totalCount } }""", "COUNT(");
        Assert.Contains("USING COVERING INDEX " + index, plan);
    }
}
