using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The same filter and sort specs translate on SQL Server too (the SQL is generated without a server): amounts are
/// compared as stored integers, strings with LIKE, lists with IN, pages with OFFSET/FETCH.
/// </summary>
public sealed class SqlServerTranslationTests
{
    [Fact]
    public void Project_filter_sort_and_page_translate_to_sql_server()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["year"] = new Dictionary<string, object?> { ["in"] = new List<object?> { 2024, 2025 } },
            ["amount"] = new Dictionary<string, object?> { ["gt"] = 100m },
            ["name"] = new Dictionary<string, object?> { ["contains"] = "街道" },
            ["unit"] = new Dictionary<string, object?> { ["slug"] = new Dictionary<string, object?> { ["eq"] = "nanping" } },
            ["indicators"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["isCore"] = new Dictionary<string, object?> { ["eq"] = true } } },
        };
        var order = new List<object?> { new Dictionary<string, object?> { ["amount"] = SortDirection.Descending } };
        var query = ProjectQuerySpec.Sort.Apply(ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where), order)
            .Skip(0).Take(11).Select(p => new { p.Id, p.Name, p.Amount });

        var sql = query.ToQueryString();

        Assert.Contains("[p].[Amount] >", sql);
        Assert.Contains("[p].[FiscalYear] IN", sql);
        Assert.Contains("LIKE", sql);
        Assert.Contains("[u].[Slug] =", sql);
        Assert.Contains("EXISTS", sql);
        Assert.Contains("ORDER BY [p].[Amount] DESC, [p].[Id]", sql);
        Assert.Contains("OFFSET", sql);
        Assert.Contains("100000000", sql); // 100 万元 as the stored integer (value × 1,000,000)
    }

    [Fact]
    public void A_nested_list_orders_by_parent_then_document_order_on_sql_server()
    {
        // As on SQLite: the children of many cards by card, then position, then id — the order of
        // IX_Indicators_ProjectId_Ordinal (whose rows carry the clustered key, the id), so nothing is sorted; an order
        // asked for comes after the parent.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var cards = new[] { 1001, 1002 };
        var unordered = IndicatorQuerySpec.Sort.ApplyByParent(db.Indicators.AsNoTracking().Where(i => cards.Contains(i.ProjectId!.Value)),
            i => i.ProjectId!.Value, null).Select(i => new { i.Id, i.Name }).ToQueryString();
        var byWeight = IndicatorQuerySpec.Sort.ApplyByParent(db.Indicators.AsNoTracking().Where(i => cards.Contains(i.ProjectId!.Value)),
            i => i.ProjectId!.Value, new List<object?> { new Dictionary<string, object?> { ["weight"] = SortDirection.Descending } })
            .Select(i => new { i.Id, i.Name }).ToQueryString();

        Assert.EndsWith("ORDER BY [i].[ProjectId], [i].[Ordinal], [i].[Id]", unordered.TrimEnd());
        Assert.EndsWith("ORDER BY [i].[ProjectId], [i].[Weight] DESC, [i].[Id]", byWeight.TrimEnd());
    }

    [Fact]
    public void Units_by_slug_end_their_order_at_the_unique_slug_on_sql_server()
    {
        // The slug is unique (IX_Units_Slug): no id after it, as on SQLite, where that lets IX_Units_Slug_OfficialName
        // serve the order; by a key that is not unique, the id still ends the order so pages are stable.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        string Sql(string key) => UnitQuerySpec.Sort.Apply(db.Units.AsNoTracking(),
                new List<object?> { new Dictionary<string, object?> { [key] = SortDirection.Ascending } })
            .Skip(0).Take(21).Select(u => new { u.Id, u.Slug }).ToQueryString();

        Assert.Contains("ORDER BY [u].[Slug]\nOFFSET", Sql("slug").ReplaceLineEndings("\n"));
        Assert.Contains("ORDER BY [u].[ShortName], [u].[Id]\nOFFSET", Sql("shortName").ReplaceLineEndings("\n"));
        // Through the navigation the slug is not unique (a unit's budgets share it): the budget's id still ends the order.
        var budgets = BudgetQuerySpec.Sort.Apply(db.Budgets.AsNoTracking(), new List<object?>
            {
                new Dictionary<string, object?> { ["unit"] = new Dictionary<string, object?> { ["slug"] = SortDirection.Ascending } },
            })
            .Skip(0).Take(21).Select(b => new { b.Id, b.FiscalYear }).ToQueryString();
        Assert.Contains("ORDER BY [u].[Slug], [b].[Id]\nOFFSET", budgets.ReplaceLineEndings("\n"));
        Assert.Equal("unit.slug", SortSpec<Budget>.LeadingKey(new List<object?>
        {
            new Dictionary<string, object?> { ["unit"] = new Dictionary<string, object?> { ["slug"] = SortDirection.Ascending } },
            new Dictionary<string, object?> { ["year"] = SortDirection.Descending },
        }));
    }

    [Fact]
    public void A_one_gram_contains_in_the_key_order_pages_the_gram_rows_on_sql_server()
    {
        // The page's ids are a window of the gram's key range (clustered key Kind, Gram, EntityId), then their rows.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["contains"] = "南坪" } };
        var page = UnitQuerySpec.Filter.GramOrderPage(() => db.Units.AsNoTracking(), db, where);

        var sql = UnitQuerySpec.Sort.Apply(page!(40, 21), null).Select(u => new { u.Id, u.Slug }).ToQueryString().ReplaceLineEndings("\n");

        Assert.Equal("""
            DECLARE @kind tinyint = CAST(1 AS tinyint);
            DECLARE @pattern nchar(2) = N'南坪';
            DECLARE @offset int = 40;
            DECLARE @limit int = 21;

            SELECT [u].[Id], [u].[Slug]
            FROM [Units] AS [u]
            WHERE [u].[Id] IN (
                SELECT [n].[EntityId]
                FROM [NameGrams] AS [n]
                WHERE [n].[Kind] = @kind AND [n].[Gram] = @pattern
                ORDER BY [n].[EntityId]
                OFFSET @offset ROWS FETCH NEXT @limit ROWS ONLY
            )
            ORDER BY [u].[Id]
            """, sql);
    }

    [Fact]
    public void A_card_names_gram_beside_its_year_is_counted_and_paged_on_the_years_its_gram_rows_carry_on_sql_server()
    {
        // The count sums the gram's kept counts of that year; the page's ids are a window of the gram rows of the year, one
        // range of IX_NameGrams_Kind_Gram_Value (Kind, Gram, Value, then the clustered key's EntityId): the year compared as
        // the column's bigint, the column never converted.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = ProjectQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "经费" },
            ["budget"] = new Dictionary<string, object?> { ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 } },
        });
        var page = ProjectQuerySpec.Filter.GramOrderPage(() => db.Projects.AsNoTracking(), db, where);
        var sql = ProjectQuerySpec.Sort.Apply(page!(0, 21), null).Select(p => new { p.Id, p.Name }).ToQueryString().ReplaceLineEndings("\n");

        Assert.Equal("""
            DECLARE @kind tinyint = CAST(3 AS tinyint);
            DECLARE @pattern nchar(2) = N'经费';
            DECLARE @Value bigint = CAST(2024 AS bigint);
            DECLARE @offset int = 0;
            DECLARE @limit int = 21;

            SELECT [p].[Id], [p].[Name]
            FROM [Projects] AS [p]
            WHERE [p].[Id] IN (
                SELECT [n].[EntityId]
                FROM [NameGrams] AS [n]
                WHERE [n].[Kind] = @kind AND [n].[Gram] = @pattern AND [n].[Value] = @Value
                ORDER BY [n].[EntityId]
                OFFSET @offset ROWS FETCH NEXT @limit ROWS ONLY
            )
            ORDER BY [p].[Id]
            """, sql);
    }

    [Fact]
    public void A_one_gram_prefix_in_slug_order_pages_the_slugs_the_unit_grams_carry_on_sql_server()
    {
        // By slug (descending): the window of IX_NameGrams_Kind_Gram_Slug (filtered on Slug IS NOT NULL, which the query
        // repeats so that SQL Server can match it), then those units re-sorted by their own slug.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?> { ["shortName"] = new Dictionary<string, object?> { ["startsWith"] = "南坪" } };
        var order = new List<object?> { new Dictionary<string, object?> { ["slug"] = SortDirection.Descending } };
        var leading = SortSpec<Unit>.Leading(order);
        Assert.Equal(("slug", true), leading);
        var page = UnitQuerySpec.Filter.GramOrderPage(() => db.Units.AsNoTracking(), db, where, leading!.Value.Path, leading.Value.Descending);
        // Another leading key is not held by the gram rows.
        Assert.Null(UnitQuerySpec.Filter.GramOrderPage(() => db.Units.AsNoTracking(), db, where, "districtName"));

        var sql = UnitQuerySpec.Sort.Apply(page!(0, 21), order).Select(u => new { u.Id, u.Slug }).ToQueryString().ReplaceLineEndings("\n");

        Assert.Equal("""
            DECLARE @kind tinyint = CAST(6 AS tinyint);
            DECLARE @pattern nchar(2) = N'南坪';
            DECLARE @offset int = 0;
            DECLARE @limit int = 21;

            SELECT [u].[Id], [u].[Slug]
            FROM [Units] AS [u]
            WHERE [u].[Id] IN (
                SELECT [n].[EntityId]
                FROM [NameGrams] AS [n]
                WHERE [n].[Kind] = @kind AND [n].[Gram] = @pattern AND [n].[Slug] IS NOT NULL
                ORDER BY [n].[Slug] DESC
                OFFSET @offset ROWS FETCH NEXT @limit ROWS ONLY
            )
            ORDER BY [u].[Slug] DESC
            """, sql);
    }

    [Fact]
    public void A_filter_through_a_units_key_is_counted_and_paged_through_it_in_TSQL()
    {
        // An indicator's unit tested through its UnitId (IX_Indicators_UnitId alone; KeyOrderPage.ThroughKeysReader): the
        // count's aggregate with the first key over the units' keys listed (IN); the page among the keys after that one,
        // each row's unit looked up by key (EXISTS); else the page over the listed keys. No join. And the count of that unit
        // filter alone, from the budgets' kept counts of their indicators (CountOverBudgets). (KeyOrderPage.ReadKeysFirstAsync
        // reads that window without the outer OFFSET/FETCH; the same rows.)
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "江北区" } },
        };
        var listed = IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false, keysFrom: db);
        var perRow = IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false, keysFrom: db, keyPerRow: true);
        var count = BudgetGraph.Data.Reading.FirstMatch.CountSql(db, listed);
        string Page(IQueryable<Indicator> matching) =>
            IndicatorQuerySpec.Sort.Apply(matching, null).Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();

        var parameters = string.Concat(count.Parameters.Select(p => $"-- {p.Name} = {p.Value}\n"));
        Snapshooter.Xunit.Snapshot.Match(($"-- The count and the first key\n{parameters}{count.Sql};\n\n" +
            $"-- The page among the keys after the first (KeyOrderPage.NearKeys: 704 for a window of 11)\n{Page(BudgetGraph.Data.Reading.FirstMatch.Between(perRow, 79_001, 79_705))};\n\n" +
            $"-- The page without a first key, past the probe of the first keys: the window's keys, then their rows\n" +
            $"{Page(BudgetGraph.Data.Reading.FirstMatch.ByKeysOf(db.Indicators.AsNoTracking(), IndicatorQuerySpec.Sort.Apply(listed, null).Skip(0).Take(11)))};\n\n" +
            $"-- The count of the unit filter alone: the budgets whose kept counts are summed (SUM(IndicatorRows))\n" +
            $"{BudgetGraph.Api.GraphQL.Loading.CountOverBudgets.Budgets(db, where)!.Select(b => b.IndicatorRows).ToQueryString()};\n").ReplaceLineEndings("\n"));
    }
    [Fact]
    public void A_list_filter_counted_alone_lists_the_parents_of_the_matching_children_in_TSQL()
    {
        // FilterSpec.ListedThroughKey: a list filter alone, as a count reads it (keysFrom, not per row), is the parents'
        // keys IN the children's foreign keys, the children's condition read once; a nullable key (an indicator's card)
        // is listed without its nulls. `all`, and a negation over a nullable key, stay each parent's EXISTS.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        static Dictionary<string, object?> List(string list, string op, object? value) =>
            new() { [list] = new Dictionary<string, object?> { [op] = value } };
        var category = new Dictionary<string, object?> { ["category"] = new Dictionary<string, object?> { ["eq"] = "一般性项目" } };
        string Budgets(Dictionary<string, object?> where) =>
            BudgetQuerySpec.Filter.Apply(db.Budgets.AsNoTracking(), where, sqlite: false, keysFrom: db).Select(b => b.Id).ToQueryString();
        var operatorLe = new Dictionary<string, object?> { ["operator"] = new Dictionary<string, object?> { ["eq"] = "≤" } };
        string Projects(Dictionary<string, object?> where) =>
            ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false, keysFrom: db).Select(p => p.Id).ToQueryString();
        var year = new Dictionary<string, object?> { ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 } };

        Snapshooter.Xunit.Snapshot.Match((
            $"-- budgets(where: {{ projects: {{ some: {{ category: {{ eq: \"一般性项目\" }} }} }} }}) {{ totalCount }}\n{Budgets(List("projects", "some", category))};\n\n" +
            $"-- budgets(where: {{ projects: {{ any: false }} }}) {{ totalCount }}\n{Budgets(List("projects", "any", false))};\n\n" +
            $"-- projects(where: {{ indicators: {{ some: {{ operator: {{ eq: \"≤\" }} }} }} }}) {{ totalCount }}\n{Projects(List("indicators", "some", operatorLe))};\n\n" +
            $"-- projects(where: {{ indicators: {{ none: {{ operator: {{ eq: \"≤\" }} }} }} }}) {{ totalCount }}: each card's indicators (a nullable key)\n" +
            $"{Projects(List("indicators", "none", operatorLe))};\n\n" +
            $"-- budgets(where: {{ projects: {{ all: {{ year: {{ eq: 2024 }} }} }} }}) {{ totalCount }}: each budget's cards\n{Budgets(List("projects", "all", year))};\n")
            .ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_district_alone_is_read_from_the_rows_own_copy_in_TSQL()
    {
        // FilterSpec.Lift: the unit filter of a district alone becomes the budget's, card's or indicator's own
        // DistrictName (kept equal at import), one range of its district index (the district, then the clustered key)
        // in key order; no unit is read.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "江北区" } },
        };
        var indicators = IndicatorQuerySpec.Sort.Apply(IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), IndicatorQuerySpec.Filter.Lift(where),
            sqlite: false, keysFrom: db), null).Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();
        var projects = ProjectQuerySpec.Sort.Apply(ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(),
            ProjectQuerySpec.Filter.Lift(new Dictionary<string, object?> { ["budget"] = where }), sqlite: false, keysFrom: db), null)
            .Skip(0).Take(11).Select(p => new { p.Id, p.Name }).ToQueryString();
        var budgets = BudgetQuerySpec.Sort.Apply(BudgetQuerySpec.Filter.Apply(db.Budgets.AsNoTracking(), BudgetQuerySpec.Filter.Lift(where),
            sqlite: false, keysFrom: db), null).Skip(0).Take(11).Select(b => new { b.Id, b.FiscalYear }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- indicators(where: {{ unit: {{ districtName: {{ eq: \"江北区\" }} }} }}, first: 10)\n{indicators};\n\n" +
            $"-- projects(where: {{ budget: {{ unit: {{ districtName: {{ eq: \"江北区\" }} }} }} }}, first: 10)\n{projects};\n\n" +
            $"-- budgets(where: {{ unit: {{ districtName: {{ eq: \"江北区\" }} }} }}, first: 10)\n{budgets};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_district_beside_a_year_and_core_mark_is_read_from_the_indicators_own_copy_in_TSQL()
    {
        // The district's eq beside terms IX_Indicators_DistrictName_Categories carries (FilterSpec.TestedOnCarriedIndex):
        // lifted too. The hint that keeps SQLite off those terms' own indexes (IndexHints.Unindexed) is the column as it
        // is on SQL Server, which keeps statistics; that index is (DistrictName, Id) INCLUDE (FiscalYear, IsCore, …).
        // The count of a district's year: the district's budgets of that year, their kept counts summed.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "江北区" } },
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2025 },
            ["isCore"] = new Dictionary<string, object?> { ["eq"] = true },
        });
        var page = IndicatorQuerySpec.Sort.Apply(IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false,
            unindexed: IndicatorQuerySpec.Filter.TestedOnCarriedIndex(where)), null).Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();
        var ofYear = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "江北区" } },
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2025 },
        });
        var count = BudgetGraph.Api.GraphQL.Loading.CountOverBudgets.Budgets(db, ofYear)!.Select(b => b.IndicatorRows).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- indicators(where: {{ unit: {{ districtName: {{ eq: \"江北区\" }} }}, year: {{ eq: 2025 }}, isCore: {{ eq: true }} }}, first: 10)\n{page};\n\n" +
            $"-- The count of indicators(where: {{ unit: {{ districtName: {{ eq: \"江北区\" }} }}, year: {{ eq: 2025 }} }}): the budgets whose kept counts are summed\n{count};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_text_match_of_a_district_reads_the_counted_districts_then_the_rows_own_copy_in_TSQL()
    {
        // FilterSpec.MatchOnCountedValuesAsync: the district names of the indicators' value counts that pass the match (the
        // same string operations, on the value column), then an `in` of them lifted to the indicator's own copy.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var values = IndicatorQuerySpec.Filter.CountedTextPassing(db, "districtName",
            new Dictionary<string, object?> { ["contains"] = "江北" }).ToQueryString();
        var where = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "江北区" } } },
        });
        var page = IndicatorQuerySpec.Sort.Apply(IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false), null)
            .Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- The districts of indicators(where: {{ unit: {{ districtName: {{ contains: \"江北\" }} }} }})\n{values};\n\n" +
            $"-- Then the page of those districts (江北区), first: 10\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_cards_category_alone_is_read_from_the_indicators_own_copy_in_TSQL()
    {
        // IndicatorQuerySpec's project object carries its category (FilterSpec.Lift): IX_Indicators_ProjectCategory, the
        // category then the clustered key, in key order; no card joined.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["project"] = new Dictionary<string, object?> { ["category"] = new Dictionary<string, object?> { ["eq"] = "一般性项目" } },
        });
        var page = IndicatorQuerySpec.Sort.Apply(IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false), null)
            .Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match($"-- indicators(where: {{ project: {{ category: {{ eq: \"一般性项目\" }} }} }}, first: 10)\n{page};\n".ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_districts_indicators_of_an_operator_are_counted_on_its_kept_counts_in_TSQL()
    {
        // FilterSpec.CountOnValues: the district's rows of IX_ValueCounts_Column_DistrictName_Value (SQL Server: the key
        // columns, the count included), the operator's value sought there.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["eq"] = "南岸区" } },
            ["operator"] = new Dictionary<string, object?> { ["eq"] = "≤" },
        });
        var count = IndicatorQuerySpec.Filter.CountedValues(db, where)!.Select(v => v.Count).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of indicators(where: {{ unit: {{ districtName: {{ eq: \"南岸区\" }} }}, operator: {{ eq: \"≤\" }} }}): the district's kept counts summed\n{count};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_cards_department_beside_a_year_is_counted_on_its_kept_counts_in_each_year_in_TSQL()
    {
        // FilterSpec.CountOnValues: the department's value sought in IX_ValueCounts_Column_Value (SQL Server: the column,
        // the value, then the year as key columns, the count included), under the department's key in each year.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["department"] = new Dictionary<string, object?> { ["eq"] = "预算科" },
            ["year"] = new Dictionary<string, object?> { ["in"] = new List<object?> { 2024, 2025 } },
        };
        var count = ProjectQuerySpec.Filter.CountedValues(db, where)!.Select(v => v.Count).ToQueryString();
        Assert.Contains("[v].[Column] = @inYears", count);
        Assert.Contains("N'Projects.Department@Year'", count);
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of projects(where: {{ department: {{ eq: \"预算科\" }}, year: {{ in: [2024, 2025] }} }}): the department's kept counts in those years summed\n{count};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_cards_department_beside_a_core_mark_is_counted_on_its_kept_counts_beside_it_in_TSQL()
    {
        // FilterSpec.CountOnValues: the department's value sought in IX_ValueCounts_Column_Value (SQL Server: the column and
        // the value as key columns), the mark tested on its few rows, under the department's key beside the core mark.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["department"] = new Dictionary<string, object?> { ["eq"] = "预算科" },
            ["hasCoreIndicator"] = new Dictionary<string, object?> { ["eq"] = true },
        };
        var count = ProjectQuerySpec.Filter.CountedValues(db, where)!.Select(v => v.Count).ToQueryString();
        Assert.Contains("[v].[Column] = @besideFlag AND [v].[Flag] = @flag", count);
        Assert.Contains("N'Projects.Department@Core'", count);
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of projects(where: {{ department: {{ eq: \"预算科\" }}, hasCoreIndicator: {{ eq: true }} }}): the department's kept counts beside that mark\n{count};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_cards_amount_beside_its_category_and_core_mark_is_counted_on_the_bands_kept_beside_them_in_TSQL()
    {
        // FilterSpec.CountOnBands: one range of IX_AmountBandCounts_Column_Band_FiscalYear (SQL Server: the column, band,
        // year, category and core mark as key columns, the count included) under the split column's name; 100 万元 is a
        // band's least amount, so no card is counted on the rows.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["amount"] = new Dictionary<string, object?> { ["gte"] = 100m },
            ["category"] = new Dictionary<string, object?> { ["eq"] = "一般性项目" },
            ["hasCoreIndicator"] = new Dictionary<string, object?> { ["eq"] = true },
        };
        var bands = ProjectQuerySpec.Filter.WholeBandsOf(db, where)!.Select(a => a.Count).ToQueryString();
        Assert.Contains("N'Projects.Amount@Category,HasCoreIndicator'", bands);
        Assert.Contains("[a].[Category] = @", bands);
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of projects(where: {{ amount: {{ gte: 100 }}, category: {{ eq: \"一般性项目\" }}, hasCoreIndicator: {{ eq: true }} }}): the bands kept beside them summed\n{bands};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_or_of_an_indicators_categories_is_counted_on_the_kept_combinations_in_TSQL()
    {
        // FilterSpec.CountOnValues: the filter's own predicate on IndicatorFacetCounts' rows (the same columns), summed.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["or"] = new List<object?>
            {
                new Dictionary<string, object?> { ["isCore"] = new Dictionary<string, object?> { ["eq"] = true } },
                new Dictionary<string, object?> { ["level1"] = new Dictionary<string, object?> { ["startsWith"] = "满意" } },
            },
            ["weight"] = new Dictionary<string, object?> { ["gte"] = 20m },
        };
        var count = IndicatorQuerySpec.Filter.CountedCombinations(db, where)!.Select(s => s.Count).ToQueryString();
        var spans = BudgetGraph.Api.GraphQL.Filtering.FacetSpan.Together(IndicatorQuerySpec.Filter.CountedCombinations(db, where)!).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(("-- The count of indicators(where: { or: [{ isCore: { eq: true } }, { level1: { startsWith: \"满意\" } }], weight: { gte: 20 } }): " +
            $"the combinations passing it summed\n{count};\n\n-- Counted for a page in key order (FilterSpec.CountOnValues' span): with bounds of the first and last keys\n{spans};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_cards_null_category_is_read_from_the_indicators_own_copy_beside_its_cards_presence_in_TSQL()
    {
        // FilterSpec.Lift with the card's presence (IndicatorQuerySpec's presentWhen): the copy's null range beside the card
        // key tested as it is (the hint that keeps SQLite off IX_Indicators_ProjectId is the column on SQL Server); the
        // overall goals taken out of the count: their kept row count, or IX_Indicators_ProjectId's null range.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = IndicatorQuerySpec.Filter.Lift(new Dictionary<string, object?>
        {
            ["project"] = new Dictionary<string, object?> { ["category"] = new Dictionary<string, object?> { ["eq"] = null } },
        });
        var page = IndicatorQuerySpec.Sort.Apply(IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), where, sqlite: false,
            unindexed: IndicatorQuerySpec.Filter.UnindexedBesidePresence(where)), null).Skip(0).Take(11).Select(i => new { i.Id, i.Name }).ToQueryString();
        var overallGoals = IndicatorQuerySpec.Filter.Apply(db.Indicators.AsNoTracking(), new Dictionary<string, object?>
        {
            ["hasProject"] = new Dictionary<string, object?> { ["eq"] = false },
        }, sqlite: false).Select(i => i.Id).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- indicators(where: {{ project: {{ category: {{ eq: null }} }} }}, first: 10)\n{page};\n\n" +
            $"-- Its count: the null category's kept count less the overall goals' (RowCounts' Indicators.WithoutProject; where a database has\n" +
            $"-- no such row yet, the rows of)\n{overallGoals};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_negation_of_a_cards_category_is_read_as_each_passing_values_range_in_TSQL()
    {
        // FilterSpec.PresentCarriedCounts: the kept counts of the values that pass, null's apart, in one read (the overall
        // goals' rows are taken from null's: the snapshot above). FilterSpec.SplitPresentByValuesAsync: each passing value
        // beside the card's presence (here a null one and a named one, the seeds' two), its range read in key order, their
        // first keys taken together (ValuesUnion.Window).
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var filter = IndicatorQuerySpec.Filter;
        var where = filter.Lift(new Dictionary<string, object?>
        {
            ["project"] = new Dictionary<string, object?> { ["category"] = new Dictionary<string, object?> { ["neq"] = "专项业务费" } },
        });
        var counts = filter.PresentCarriedCounts(db, where)!.ToQueryString();
        Dictionary<string, object?> Part(string? value) => new()
        {
            ["category"] = new Dictionary<string, object?> { ["eq"] = value },
            ["hasProject"] = new Dictionary<string, object?> { ["eq"] = true },
        };
        var parts = new[] { Part(null), Part("一般性项目") }
            .Select(part => filter.Apply(db.Indicators.AsNoTracking(), part, sqlite: false)).ToList();
        var page = IndicatorQuerySpec.Sort.Apply(Api.GraphQL.Loading.ValuesUnion.Window(db.Indicators.AsNoTracking(), parts,
            offset: 20, limit: 10), null).Select(i => new { i.Id, i.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of indicators(where: {{ project: {{ category: {{ neq: \"专项业务费\" }} }} }}): the passing values' kept counts, null's apart\n{counts};\n\n" +
            $"-- Its third page of 10 (offset 20) when null and 一般性项目 pass\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_text_match_of_a_counted_column_is_read_as_each_passing_values_range_in_TSQL()
    {
        // FilterSpec.TextMatchValues: the kept values that pass (their index's order, at most one more than a split
        // reads); FilterSpec.SplitTextMatchByValuesAsync: each value's eq, its range of IX_Indicators_Level1_Orders read in key
        // order, their first keys taken together (ValuesUnion.Window) — here the seeds' three first levels spelt 指标.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var filter = IndicatorQuerySpec.Filter;
        var where = new Dictionary<string, object?> { ["level1"] = new Dictionary<string, object?> { ["endsWith"] = "指标" } };
        var values = filter.TextMatchValues(db, where)!.Value.Values.Select(v => new { v.Value, v.Count }).Take(Api.GraphQL.Filtering.FilterSpec<Indicator>.MaxSplitValues + 1).ToQueryString();
        var parts = new[] { "产出指标", "效益指标", "满意度指标" }
            .Select(value => filter.Apply(db.Indicators.AsNoTracking(), new Dictionary<string, object?>
            {
                ["level1"] = new Dictionary<string, object?> { ["eq"] = value },
            }, sqlite: false)).ToList();
        var page = IndicatorQuerySpec.Sort.Apply(Api.GraphQL.Loading.ValuesUnion.Window(db.Indicators.AsNoTracking(), parts,
            offset: 0, limit: 21, fromEnd: true), null).Select(i => new { i.Id, i.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- The values of indicators(where: {{ level1: {{ endsWith: \"指标\" }} }}) kept at import that pass it\n{values};\n\n" +
            $"-- Its last page of 20 when three pass (read backwards, turned round by Paging)\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Several_districts_beside_an_operator_are_counted_on_their_kept_counts_in_TSQL()
    {
        // FilterSpec.CountedValues: the districts stay on the unit (Lift), counted as the indicators' own district on the
        // kept counts of the operator in each district (ValueCounts.InDistricts).
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "江北区", "北碚区" } } },
            ["operator"] = new Dictionary<string, object?> { ["eq"] = "≤" },
        };
        var filter = IndicatorQuerySpec.Filter;
        var count = filter.CountedValues(db, filter.Lift(where))!.Select(v => v.Count).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- The count of indicators(where: {{ unit: {{ districtName: {{ in: [\"江北区\", \"北碚区\"] }} }}, operator: {{ eq: \"≤\" }} }})\n{count};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_last_page_is_read_in_the_reverse_order_in_TSQL()
    {
        // Paging's fromEnd: projects(order: [{ amount: DESC }], last: 20) of 37 cards reads the order turned round
        // (Connections/ReversedOrder: amount ascending, the key descending), none skipped, and turns the rows round.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var order = new List<object?> { new Dictionary<string, object?> { ["amount"] = SortDirection.Descending } };
        var sorted = ProjectQuerySpec.Sort.Apply(db.Projects.AsNoTracking(), order);
        var reversed = Api.GraphQL.Connections.ReversedOrder.Of(sorted)!.Skip(0).Take(20).Select(p => new { p.Id, p.Name, p.Amount }).ToQueryString();
        Assert.Null(Api.GraphQL.Connections.ReversedOrder.Of(db.Projects.AsNoTracking()));   // no order: nothing to turn round
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(order: [{{ amount: DESC }}], last: 20): the order turned round, the rows after the window skipped\n{reversed};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_name_match_beside_its_year_by_name_is_read_in_the_names_covering_index_in_TSQL()
    {
        // EntityQueries.WalkOrderIndexAsync: the year read past its own index (SQL Server reads the column as it is and
        // chooses from its statistics), the page in the order of IX_Projects_Name_Categories ([Name], [Id] INCLUDE
        // [FiscalYear], [HasCoreIndicator], [Category]: the migration ProjectNameCategories), which holds every column the
        // query reads. (Without a database the gram counts cannot be read: the name's pre-selection is left out.)
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var page = NameMatchBesideYearPage(db, SortDirection.Ascending);
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ name: {{ contains: \"经费\" }}, year: {{ eq: 2024 }} }}, order: [{{ name: ASC }}], first: 20)\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_name_match_beside_its_year_by_name_descending_is_read_in_the_names_descending_covering_index_in_TSQL()
    {
        // The same walk in the descending order: ORDER BY [Name] DESC, [Id] is the order of IX_Projects_Name_Desc_Categories
        // ([Name] DESC, [Id] INCLUDE [FiscalYear], [HasCoreIndicator], [Category]: the migration NameDescendingCategories).
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var page = NameMatchBesideYearPage(db, SortDirection.Descending);
        var index = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.FindEntityType(typeof(Project))!.GetIndexes()
            .Single(i => i.GetDatabaseName() == "IX_Projects_Name_Desc_Categories");
        Assert.Equal(["Name", "Id"], index.Properties.Select(p => p.Name));
        Assert.Equal([true, false], index.IsDescending!);
        Assert.Equal(["FiscalYear", "HasCoreIndicator", "Category"], index.GetIncludeProperties()!);
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ name: {{ contains: \"经费\" }}, year: {{ eq: 2024 }} }}, order: [{{ name: DESC }}], first: 20)\n{page};\n").ReplaceLineEndings("\n"));
    }

    // The page of 经费 beside 2024 by name as the walk reads it: the year read past its own index.
    [Fact]
    public async Task A_name_match_beside_its_target_by_weight_is_probed_then_read_from_the_gram_rows_passing_the_target_in_TSQL()
    {
        // EntityQueries.FewCandidatesAsync and OrderProbe: the page first among the order's first rows (their ids listed from
        // IX_Indicators_Weight_Desc, TOP with its ORDER BY), then among the gram rows of 意度 under 90 (a range of
        // IX_NameGrams_Kind_Gram_Value), each row by its clustered key, sorted. (Without a database the gram counts cannot be
        // read: the gram and its rows are given, and the name's own pre-selection is left out.)
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var filter = IndicatorQuerySpec.Filter;
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "满意度" },
            ["numericTarget"] = new Dictionary<string, object?> { ["lt"] = 90m },
        };
        var order = new List<object?> { new Dictionary<string, object?> { ["weight"] = SortDirection.Descending } };
        var (own, probes) = BudgetGraph.Api.GraphQL.Loading.OrderProbe.OwnTerm<Indicator>(where, order);
        Assert.True(probes);
        Assert.Null(own);
        var probe = BudgetGraph.Api.GraphQL.Loading.OrderProbe.Page(db.Indicators.AsNoTracking(), filter.Apply(db.Indicators.AsNoTracking(), where),
                filter, IndicatorQuerySpec.Sort, own, order, probed: 625, offset: 0, limit: 21, sqlite: false)
            .Select(i => new { i.Id, i.Name }).ToQueryString();
        var (rows, among) = (await filter.CandidatesOfNameMatch(db, () => db.Indicators.AsNoTracking(), where, "weight",
            _ => Task.FromResult(("意度", 5005)))!(CancellationToken.None))!.Value;
        Assert.Equal(5005, rows);
        var page = IndicatorQuerySpec.Sort.Apply(filter.Apply(db.Indicators.AsNoTracking(), where).Where(among), order)
            .Skip(0).Take(21).Select(i => new { i.Id, i.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- indicators(where: {{ name: {{ contains: \"满意度\" }}, numericTarget: {{ lt: 90 }} }}, order: [{{ weight: DESC }}], first: 20)\n" +
            $"-- The probe of the order's first 625 rows\n{probe};\n\n-- The gram rows of 意度 under 90, sorted\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_years_few_core_indicators_by_target_are_probed_in_the_years_range_then_read_and_sorted_in_TSQL()
    {
        // EntityQueries' probedInOrder: the year's first rows by target descending (IX_Indicators_FiscalYear_NumericTarget_Desc,
        // TOP with its ORDER BY), the matches among them by key; then the year's core indicators sorted. The order read
        // past its index is SQLite's (ifnull); SQL Server, which keeps statistics, sorts by the column as it is.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var filter = IndicatorQuerySpec.Filter;
        static Dictionary<string, object?> Eq(object value) => new() { ["eq"] = value };
        var where = new Dictionary<string, object?> { ["year"] = Eq(2025), ["isCore"] = Eq(true) };
        var within = new Dictionary<string, object?> { ["year"] = Eq(2025) };
        var order = new List<object?> { new Dictionary<string, object?> { ["numericTarget"] = SortDirection.Descending } };
        var probe = BudgetGraph.Api.GraphQL.Loading.OrderProbe.Page(db.Indicators.AsNoTracking(), filter.Apply(db.Indicators.AsNoTracking(), where),
                filter, IndicatorQuerySpec.Sort, within, order, probed: 3, offset: 0, limit: 3, sqlite: false, listedFirst: true)
            .Select(i => new { i.Id, i.Name }).ToQueryString();
        var page = IndicatorQuerySpec.Sort.Apply(filter.Apply(db.Indicators.AsNoTracking(), where), order, leadingUnindexed: true)
            .Skip(0).Take(3).Select(i => new { i.Id, i.Name }).ToQueryString();
        Assert.DoesNotContain("ifnull", probe + page, StringComparison.OrdinalIgnoreCase);
        Snapshooter.Xunit.Snapshot.Match(("-- indicators(where: { year: { eq: 2025 }, isCore: { eq: true } }, order: [{ numericTarget: DESC }], first: 2)\n" +
            $"-- The probe of the year's first 3 rows in that order\n{probe};\n\n-- The year's core indicators, sorted\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_cards_of_several_years_by_amount_are_each_years_first_keys_taken_together_in_TSQL()
    {
        // ValuesUnion.OrderedWindow: each year's first keys in IX_Projects_FiscalYear_Amount_Desc's order ([FiscalYear],
        // [Amount] DESC, then the clustered key), TOP the window's end, their UNION, then those rows sorted and windowed.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var filter = ProjectQuerySpec.Filter;
        var where = new Dictionary<string, object?> { ["year"] = new Dictionary<string, object?> { ["in"] = new List<object?> { 2024, 2025 } } };
        var order = new List<object?> { new Dictionary<string, object?> { ["amount"] = SortDirection.Descending } };
        var parts = filter.SplitInWithinOrder(where, "amount")!.Select(part => filter.Apply(db.Projects.AsNoTracking(), part)).ToList();
        var page = BudgetGraph.Api.GraphQL.Loading.ValuesUnion.OrderedWindow(db.Projects.AsNoTracking(), parts, ProjectQuerySpec.Sort, order, 20, 21)
            .Select(p => new { p.Id, p.Name, p.Amount }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ year: {{ in: [2024, 2025] }} }}, order: [{{ amount: DESC }}], first: 20, after: the 20th)\n{page};\n").ReplaceLineEndings("\n"));
    }

    private static string NameMatchBesideYearPage(BudgetDbContext db, SortDirection direction)
    {
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "经费" },
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 },
        };
        var order = new List<object?> { new Dictionary<string, object?> { ["name"] = direction } };
        return ProjectQuerySpec.Sort.Apply(ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false,
                orderedBy: "name", unindexed: new HashSet<string>(StringComparer.Ordinal) { "year" }), order)
            .Skip(0).Take(21).Select(p => new { p.Id, p.Name, p.FiscalYear }).ToQueryString();
    }

    [Fact]
    public void A_names_prefix_beside_its_year_by_name_is_counted_and_paged_in_that_range_in_TSQL()
    {
        // EntityQueries.ReadFromRarestAsync: the prefix's range (LIKE 'p%', a seek of IX_Projects_Name_Categories) weighed
        // lighter than the year's cards, the year read past its own index: the count and the page (in that index's order)
        // read the range's entries, which hold the year. The range counted first, up to half the year's kept count.
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var prefix = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["startsWith"] = "南坪" } };
        var where = new Dictionary<string, object?>(prefix) { ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 } };
        var order = new List<object?> { new Dictionary<string, object?> { ["name"] = SortDirection.Ascending } };
        var year = new HashSet<string>(StringComparer.Ordinal) { "year" };
        var range = ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), prefix, sqlite: false).Take(9_001).Select(p => p.Id).ToQueryString();
        var count = ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false, orderedBy: "name", unindexed: year)
            .Select(p => p.Id).ToQueryString();
        var page = ProjectQuerySpec.Sort.Apply(ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false,
                orderedBy: "name", unindexed: year), order)
            .Skip(0).Take(21).Select(p => new { p.Id, p.Name, p.FiscalYear }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- the prefix's range, counted up to the most worth counting (COUNT over these rows)\n{range};\n\n" +
            $"-- projects(where: {{ name: {{ startsWith: \"南坪\" }}, year: {{ eq: 2024 }} }}, order: [{{ name: ASC }}], first: 20): totalCount (COUNT over these rows)\n{count};\n\n" +
            $"-- the page\n{page};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_names_contains_past_its_candidates_is_paged_from_its_rarest_grams_rows_in_TSQL()
    {
        // GramKeyOrderPage: the rarest gram's range of the clustered key (Kind, Gram, EntityId) in key order, each card
        // sought by its key and tested (the core mark as it is: SQL Server has no hint to hide); the window forward and,
        // counted from the end, backwards. (Without a database the gram counts cannot be read, and the filter's own
        // pre-selection is left out, as it is past NameSearch.MaxCandidates.)
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["department"] = new Dictionary<string, object?> { ["contains"] = "江北城" },
            ["hasCoreIndicator"] = new Dictionary<string, object?> { ["eq"] = true },
        };
        var matching = ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false,
            unindexed: new HashSet<string>(StringComparer.Ordinal) { "hasCoreIndicator" });
        string Page(bool fromEnd) => Api.GraphQL.Loading.GramKeyOrderPage.Page(db, NameGramKind.ProjectDepartment, "北城", p => p.Id, matching, 0, 21, fromEnd)
            .Select(p => new { p.Id, p.Name }).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ department: {{ contains: \"江北城\" }}, hasCoreIndicator: {{ eq: true }} }}, first: 20)\n{Page(false)};\n\n" +
            $"-- the same, last: 20\n{Page(true)};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_card_names_contains_of_several_grams_beside_its_year_is_paged_from_the_gram_rows_of_the_year_in_TSQL()
    {
        // GramKeyOrderPage with the conditions on the number the gram rows carry: the gram's rows of the year — one range of
        // IX_NameGrams_Kind_Gram_Value (Kind, Gram, Value, then the clustered key's EntityId) — in key order, each card
        // sought by its key and its name tested (the year as it is on the card); and the count: the cards among that
        // gram's rows of the year whose name contains the pattern (FilterSpec.CountBesideCarried's query).
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "工作经费" },
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 },
        };
        var found = ProjectQuerySpec.Filter.NameBesideCarried(where)!.Value;
        var matching = ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), where, sqlite: false,
            unindexed: new HashSet<string>(StringComparer.Ordinal) { "year" });
        var page = Api.GraphQL.Loading.GramKeyOrderPage.Page(db, NameGramKind.ProjectName, "作经", p => p.Id, matching, 0, 21, onGrams: found.OnGrams)
            .Select(p => new { p.Id, p.Name }).ToQueryString();
        var (kind, gram) = (NameGramKind.ProjectName, "作经");
        var ids = db.NameGrams.AsNoTracking().Where(g => g.Kind == kind && g.Gram == gram).Where(found.OnGrams).Select(g => g.EntityId);
        var counted = ProjectQuerySpec.Filter.Apply(db.Projects.AsNoTracking(), found.Name, sqlite: false).Where(p => ids.Contains(p.Id))
            .Select(p => p.Id).ToQueryString();
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ name: {{ contains: \"工作经费\" }}, year: {{ eq: 2024 }} }}, first: 20): the page\n{page};\n\n" +
            $"-- its totalCount: COUNT(*) of these rows\n{counted};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_names_contains_beside_a_year_probes_its_grams_rows_then_reads_the_first_match_from_the_departments_passing_in_TSQL()
    {
        // GramKeyOrderPage beside a field the name is counted beside: the gram's first rows probed (TOP in the gram's
        // clustered key order, each card sought and tested), then the first (last) match's key as the least (greatest)
        // of each passing department's first (last) card of that year — an aggregate over a subquery, which EF Core
        // lifts into an OUTER APPLY for SQL Server (it cannot aggregate a subquery), one seek of
        // IX_Projects_Department_Categories (Department, Id, …) per department.
        var connection = new RecordingDbConnection();
        await using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlServer(connection).Options);
        var where = new Dictionary<string, object?>
        {
            ["department"] = new Dictionary<string, object?> { ["contains"] = "人民政府" },
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 },
        };
        await using var modelOnly = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var matching = ProjectQuerySpec.Filter.Apply(modelOnly.Projects.AsNoTracking(), where, sqlite: false,
            unindexed: new HashSet<string>(StringComparer.Ordinal) { "year" });
        var probe = Api.GraphQL.Loading.GramKeyOrderPage.Page(modelOnly, NameGramKind.ProjectDepartment, "人民", p => p.Id, matching, 0, 21,
            from: 20001, to: 370037, probe: 1024).Select(p => new { p.Id, p.Name }).ToQueryString();
        // (An aggregate's one row, which the recording does not answer.)
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProjectQuerySpec.Filter.KeysOfPassingValues(db, db.Projects.AsNoTracking(), where, p => p.Id, last: false)!.MinAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProjectQuerySpec.Filter.KeysOfPassingValues(db, db.Projects.AsNoTracking(), where, p => p.Id, last: true)!.MaxAsync());
        Assert.Equal(2, connection.Commands.Count);
        Snapshooter.Xunit.Snapshot.Match(($"-- projects(where: {{ department: {{ contains: \"人民政府\" }}, year: {{ eq: 2024 }} }}, first: 20): the probe\n{probe};\n\n" +
            $"-- its first match's key\n{connection.Commands[0]};\n\n-- the last's (a window counted from the end)\n{connection.Commands[1]};\n").ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_revision_every_document_passes_is_read_at_an_end_of_its_index_in_TSQL()
    {
        // A budget's loaderRevision is its document's: the column's lowest value read first (TOP(@p), 1, in the order of
        // IX_SourceDocuments_LoaderRevision: one seek), then its highest. The recording answers no rows: no document,
        // so every one passes and the term is dropped after the first read.
        var connection = new RecordingDbConnection();
        await using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlServer(connection).Options);
        var where = new Dictionary<string, object?>
        {
            ["year"] = new Dictionary<string, object?> { ["eq"] = 2024 },
            ["loaderRevision"] = new Dictionary<string, object?> { ["eq"] = BudgetGraph.Data.Import.LoaderRevision.Current },
        };

        var remaining = await BudgetQuerySpec.Filter.WithoutTermsEveryReferencedRowPassesAsync(db, where,
            (type, property) => db.Model.FindEntityType(type)?.GetIndexes().Any(i => i.Properties[0].Name == property) == true, CancellationToken.None);

        Assert.Equal(["year"], ((IDictionary<string, object?>)remaining!).Keys);
        Assert.Equal("SELECT TOP(@p) [s].[LoaderRevision]\nFROM [SourceDocuments] AS [s]\nORDER BY [s].[LoaderRevision]",
            Assert.Single(connection.Commands).ReplaceLineEndings("\n"));
        Assert.Contains(db.Model.FindEntityType(typeof(SourceDocument))!.GetIndexes(), i => i.Properties is [{ Name: "LoaderRevision" }]);
    }
}
