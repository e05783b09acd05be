using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps the gram index (<see cref="NameGram"/>) in step with the names it describes, inside the caller's document
/// transaction: the grams of a new budget's projects and indicators go in right after its rows — on SQLite one
/// <c>INSERT … SELECT … FROM json_each(@rows)</c> per document, on SQL Server the bulk writer's multi-row INSERTs (a bulk
/// load into an empty SQLite database writes them all at its end instead: <see cref="Bulk.BulkNameGrams"/>, from
/// <see cref="NamesOf(Budget)"/> and <see cref="NamesOf(Unit)"/>); a replaced budget's grams are deleted before its rows, by their keys (derived again
/// from the stored names, so no second index is needed); a unit's grams are written when it is added and rewritten
/// when an import changes its names. Every row written is added to its gram's count (<see cref="NameGramCount"/>) and,
/// when it carries a number, to that number's count (<see cref="NameGramValueCount"/>); every row deleted is taken off
/// them, in the same transaction. To index another name, see <c>src/BudgetGraph.Data/README.md</c>.
/// </summary>
internal static class NameGramWriter
{
    /// <summary>
    /// The gram rows of one name, each carrying <paramref name="value"/> and <paramref name="slug"/> (see
    /// <see cref="NameGram.Value"/>, <see cref="NameGram.Slug"/>).
    /// </summary>
    public static IEnumerable<NameGram> RowsOf(NameGramKind kind, int entityId, string? name, long? value = null, string? slug = null) =>
        NameGrams.Of(name).Select(gram => new NameGram { Kind = kind, Gram = gram, EntityId = entityId, Value = value, Slug = slug });

    /// <summary>The gram rows of a budget's projects and indicators (their ids assigned).</summary>
    public static List<NameGram> RowsOf(Budget budget)
    {
        var rows = new List<NameGram>();
        foreach (var (kind, id, name, value) in NamesOf(budget)) rows.AddRange(RowsOf(kind, id, name, value));
        return rows;
    }

    /// <summary>
    /// The indexed names of a budget's rows: its projects' names and departments and then its indicators' names (by id),
    /// ids assigned, with the number their grams carry (<see cref="NameGram.Value"/>: a project name's fiscal year, an
    /// indicator's numeric target).
    /// </summary>
    public static IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)> NamesOf(Budget budget)
    {
        var indicators = new HashSet<Indicator>(ReferenceEqualityComparer.Instance);
        foreach (var project in budget.Projects)
        {
            foreach (var name in NamesOfProject(project.Id, project.Name, project.Department, project.FiscalYear)) yield return name;
            indicators.UnionWith(project.Indicators);
        }
        indicators.UnionWith(budget.OverallIndicators);
        foreach (var indicator in indicators.OrderBy(i => i.Id))
            yield return NameOfIndicator(indicator.Id, indicator.Name, indicator.NumericTarget);
    }

    /// <summary>
    /// The indexed names of a project: its name, whose grams carry its fiscal year, and its department (also read from
    /// stored rows by <see cref="NameGramRowsAudit"/>).
    /// </summary>
    internal static IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)> NamesOfProject(int id, string? name, string? department,
        int fiscalYear) =>
    [
        (NameGramKind.ProjectName, id, name, fiscalYear),
        (NameGramKind.ProjectDepartment, id, department, null),
    ];

    /// <summary>The indexed name of an indicator, with the number its grams carry: its numeric target.</summary>
    internal static (NameGramKind Kind, int EntityId, string? Name, long? Value) NameOfIndicator(int id, string? name, long? numericTarget) =>
        (NameGramKind.IndicatorName, id, name, numericTarget);

    /// <summary>The indexed names of a unit: its official and its short name, and the start of each (<see cref="NameGrams.Start"/>).</summary>
    public static IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)> NamesOf(Unit unit) =>
        NamesOfUnit(unit.Id, unit.OfficialName, unit.ShortName);

    /// <summary>The indexed names of a unit by its names (also read from stored rows by <see cref="NameGramRowsAudit"/>).</summary>
    internal static IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)> NamesOfUnit(int id, string? officialName, string? shortName) =>
    [
        (NameGramKind.UnitOfficialName, id, officialName, null),
        (NameGramKind.UnitShortName, id, shortName, null),
        (NameGramKind.UnitOfficialNameStart, id, NameGrams.Start(officialName), null),
        (NameGramKind.UnitShortNameStart, id, NameGrams.Start(shortName), null),
    ];

    /// <summary>The gram rows of a unit's official and short names and their starts, each carrying the unit's slug.</summary>
    public static IEnumerable<NameGram> RowsOf(Unit unit) =>
        NamesOf(unit).SelectMany(n => RowsOf(n.Kind, n.EntityId, n.Name, slug: unit.Slug));

    /// <summary>Writes the grams of a budget just inserted by <paramref name="writer"/>.</summary>
    public static Task AddBudgetAsync(BudgetDbContext db, BulkGraphWriter writer, Budget budget, CancellationToken cancellationToken) =>
        InsertAsync(db, writer, RowsOf(budget), cancellationToken);

    /// <summary>
    /// SQLite: one statement per document that unpacks a JSON array of the rows itself (a document has hundreds of
    /// grams; through the bulk writer each costs an object and three bound parameters). SQL Server: the bulk writer.
    /// </summary>
    private static async Task InsertAsync(BudgetDbContext db, BulkGraphWriter writer, List<NameGram> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        if (!db.Database.IsSqlite())
        {
            await writer.InsertAsync(rows, cancellationToken);
            await AddCountsAsync(db, rows, cancellationToken);
            return;
        }
        // Grams are ideographs (no character JSON must escape); kinds, ids and values are integers (or null); a slug may be
        // any text (encoded).
        var json = new System.Text.StringBuilder(rows.Count * 16).Append('[');
        foreach (var row in rows)
        {
            if (json.Length > 1) json.Append(',');
            json.Append('[').Append((int)row.Kind).Append(",\"").Append(row.Gram).Append("\",")
                .Append(row.EntityId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Value is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null").Append(',')
                .Append(row.Slug is { } slug ? System.Text.Json.JsonSerializer.Serialize(slug) : "null").Append(']');
        }
        json.Append(']');
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\", \"Value\", \"Slug\") SELECT \"value\" ->> 0, \"value\" ->> 1, \"value\" ->> 2, \"value\" ->> 3, \"value\" ->> 4 FROM json_each({0});",
            [json.ToString()], cancellationToken);
        await AddCountsAsync(db, rows, cancellationToken);
    }

    // The rows' grams added to their counts (NameGramCounts) and the numbers they carry to theirs (NameGramValueCounts):
    // a name's grams are distinct, so each row is one name more (or, with sign -1, one name less).
    private static async Task AddCountsAsync(BudgetDbContext db, List<NameGram> rows, CancellationToken cancellationToken, int sign = 1)
    {
        await AddToCountsAsync(db, "NameGramCounts", ["Kind", "Gram"],
            rows.GroupBy(r => (r.Kind, r.Gram)).Select(g => new object[] { (byte)g.Key.Kind, g.Key.Gram, sign * g.Count() }).ToList(), cancellationToken);
        await AddToCountsAsync(db, "NameGramValueCounts", ["Kind", "Gram", "Value"],
            rows.Where(r => r.Value is not null).GroupBy(r => (r.Kind, r.Gram, Value: r.Value!.Value))
                .Select(g => new object[] { (byte)g.Key.Kind, g.Key.Gram, g.Key.Value, sign * g.Count() }).ToList(), cancellationToken);
    }

    /// <summary>
    /// Adds each row's count (its last value) to the row of <paramref name="table"/> with the same <paramref name="keys"/>
    /// (its other values: integers, or grams, which no JSON escape touches), inserting the rows not there yet. SQLite: one
    /// <c>INSERT … FROM json_each … ON CONFLICT DO UPDATE</c>; SQL Server: <c>MERGE</c>s of at most 2,000 parameters.
    /// Only quoted names and placeholders are concatenated into the SQL; every value is a parameter.
    /// </summary>
    private static async Task AddToCountsAsync(BudgetDbContext db, string table, string[] keys, List<object[]> rows,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var columns = keys.Append("Count").ToArray();
        if (db.Database.IsSqlite())
        {
            var json = new System.Text.StringBuilder(rows.Count * 8 * columns.Length).Append('[');
            foreach (var row in rows)
            {
                if (json.Length > 1) json.Append(',');
                json.Append('[');
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0) json.Append(',');
                    if (row[i] is string text) json.Append('"').Append(text).Append('"');
                    else json.Append(Convert.ToString(row[i], System.Globalization.CultureInfo.InvariantCulture));
                }
                json.Append(']');
            }
            json.Append(']');
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var values = string.Join(", ", columns.Select((_, i) => $"\"value\" ->> {i}"));
            var upsert = $"INSERT INTO \"{table}\" ({list}) SELECT {values} FROM json_each({{0}}) WHERE true " +
                         $"ON CONFLICT ({string.Join(", ", keys.Select(k => $"\"{k}\""))}) DO UPDATE SET \"Count\" = \"Count\" + excluded.\"Count\";";
            await db.Database.ExecuteSqlRawAsync(upsert, [json.ToString()], cancellationToken);
            return;
        }
        var names = string.Join(", ", columns.Select(c => $"[{c}]"));
        foreach (var chunk in rows.Chunk(2000 / columns.Length))
        {
            var values = string.Join(", ", chunk.Select((_, r) =>
                "(" + string.Join(", ", columns.Select((_, i) => $"{{{r * columns.Length + i}}}")) + ")"));
            var merge = $"MERGE [{table}] WITH (HOLDLOCK) AS c USING (VALUES {values}) AS d ({names}) " +
                        $"ON {string.Join(" AND ", keys.Select(k => $"c.[{k}] = d.[{k}]"))} " +
                        "WHEN MATCHED THEN UPDATE SET [Count] = c.[Count] + d.[Count] " +
                        $"WHEN NOT MATCHED THEN INSERT ({names}) VALUES ({string.Join(", ", columns.Select(c => $"d.[{c}]"))});";
            await db.Database.ExecuteSqlRawAsync(merge, chunk.SelectMany(r => r).ToArray(), cancellationToken);
        }
    }

    /// <summary>
    /// Deletes the grams of a stored budget's projects and indicators (call before deleting the rows): the rows
    /// <see cref="NamesOf(Budget)"/> derives from the stored names, read back into a budget of those rows alone (every
    /// indicator as an overall one: <see cref="NamesOf(Budget)"/> takes each indicator once, whichever list holds it).
    /// </summary>
    public static async Task DeleteBudgetAsync(BudgetDbContext db, int budgetId, CancellationToken cancellationToken)
    {
        var stored = new Budget
        {
            Projects = await db.Projects.AsNoTracking().Where(p => p.BudgetId == budgetId)
                .Select(p => new Project { Id = p.Id, Name = p.Name, Department = p.Department, FiscalYear = p.FiscalYear }).ToListAsync(cancellationToken),
            OverallIndicators = await db.Indicators.AsNoTracking().Where(i => i.BudgetId == budgetId)
                .Select(i => new Indicator { Id = i.Id, Name = i.Name, NumericTarget = i.NumericTarget }).ToListAsync(cancellationToken),
        };
        await DeleteAsync(db, NamesOf(stored).SelectMany(n => RowsOf(n.Kind, n.EntityId, n.Name, n.Value)), cancellationToken);
    }

    /// <summary>Writes the grams of a unit just inserted by <paramref name="writer"/>.</summary>
    public static Task AddUnitAsync(BudgetDbContext db, BulkGraphWriter writer, Unit unit, CancellationToken cancellationToken) =>
        InsertAsync(db, writer, RowsOf(unit).ToList(), cancellationToken);

    /// <summary>Rewrites a stored unit's grams when its names changed from <paramref name="officialName"/>/<paramref name="shortName"/>.</summary>
    public static async Task ReplaceUnitAsync(BudgetDbContext db, BulkGraphWriter writer, Unit unit, string? officialName,
        string? shortName, CancellationToken cancellationToken)
    {
        if (officialName == unit.OfficialName && shortName == unit.ShortName) return;
        await DeleteAsync(db, NamesOfUnit(unit.Id, officialName, shortName).SelectMany(n => RowsOf(n.Kind, n.EntityId, n.Name)), cancellationToken);
        await AddUnitAsync(db, writer, unit, cancellationToken);
    }

    // Point deletes by the full key (rare: only replaced budgets and renamed units), the deleted rows taken off their
    // grams' counts and their numbers' (AddCountsAsync, negative), and a count reaching 0 loses its row, as if the gram
    // had never been written. The rows' Value is the number the stored rows carry: it was written from the same stored
    // name's row, never changed.
    private static async Task DeleteAsync(BudgetDbContext db, IEnumerable<NameGram> rows, CancellationToken cancellationToken)
    {
        var deleted = new List<NameGram>();
        // One key look-up per row (a row-value IN over json_each is planned as a scan of the gram's kind).
        await using (var delete = new RepeatedCommand(db, "DELETE FROM \"NameGrams\" WHERE \"Kind\" = {0} AND \"Gram\" = {1} AND \"EntityId\" = {2}", 3))
        {
            foreach (var row in rows)
                if (await delete.ExecuteAsync(cancellationToken, (byte)row.Kind, row.Gram, row.EntityId) > 0)
                    deleted.Add(row);
        }
        if (deleted.Count == 0) return;
        await AddCountsAsync(db, deleted, cancellationToken, sign: -1);
        var kinds = deleted.Select(r => r.Kind).Distinct().ToList();
        var grams = deleted.Select(r => r.Gram).Distinct().ToList();
        await db.NameGramCounts.Where(c => c.Count <= 0 && kinds.Contains(c.Kind) && grams.Contains(c.Gram)).ExecuteDeleteAsync(cancellationToken);
        await db.NameGramValueCounts.Where(c => c.Count <= 0 && kinds.Contains(c.Kind) && grams.Contains(c.Gram)).ExecuteDeleteAsync(cancellationToken);
    }
}
