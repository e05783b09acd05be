namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Places the lone split figure of rows printed without cell separators ("208 08 抚恤 294,000 294,000" under 合计 基本支出
/// 项目支出) by the table's own sums, never by guessing: every row's splits must add up to its parent's (款 to 类, 项 to 款,
/// 类 to 合计). A lone figure equal to its row's total goes wholly into one split column; a row and the lone rows under it
/// go into the same column (amounts are not negative, so a row with nothing in a column has children with nothing in
/// it). Every assignment of the top lone rows is tried; a row is placed only when every assignment that adds up puts
/// it in the same column. A row whose figure is not its total, or a table with more than <see cref="MaxChoices"/> top
/// lone rows, places nothing (the caller notes it). Sums checked are only those a lone row takes part in, so a printed
/// inconsistency elsewhere neither blocks nor is hidden.
/// </summary>
internal static class SplitPlacement
{
    public const int MaxChoices = 16;

    /// <summary>The placed rows: line → (first, second), the other split left empty (null), as the print leaves it.</summary>
    public static IReadOnlyDictionary<int, (decimal? First, decimal? Second)> Solve(IReadOnlyList<SplitRow> rows)
    {
        var placed = new Dictionary<int, (decimal? First, decimal? Second)>();
        var lone = rows.Where(r => r.Lone is not null).ToList();
        if (lone.Count == 0 || lone.Any(r => r.Lone != r.Total || r.Lone is null)) return placed;

        var parent = Parents(rows);
        // A lone row's choice is that of its topmost lone ancestor.
        var top = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            top[i] = -1;
            if (rows[i].Lone is null) continue;
            var t = i;
            while (parent[t] is { } p && rows[p].Lone is not null) t = p;
            top[i] = t;
        }
        var choices = Enumerable.Range(0, rows.Count).Where(i => top[i] == i).ToList();
        if (choices.Count > MaxChoices) return placed;

        // The sums a lone row takes part in: those of its parent and, when it has children, its own.
        var checkedParents = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].Lone is not null)
            .SelectMany(i => parent[i] is { } p ? new[] { p, i } : [i])
            .Distinct()
            .ToList();
        var children = checkedParents.ToDictionary(p => p, p => Enumerable.Range(0, rows.Count).Where(c => parent[c] == p).ToList());
        checkedParents.RemoveAll(p => children[p].Count == 0);

        bool?[] agreed = new bool?[rows.Count];   // per choice: true = first column in every valid assignment
        var conflicting = new bool[rows.Count];
        var valid = 0;
        for (var mask = 0; mask < 1 << choices.Count; mask++)
        {
            var inFirst = new bool[rows.Count];
            for (var c = 0; c < choices.Count; c++) inFirst[choices[c]] = (mask & (1 << c)) != 0;
            (decimal First, decimal Second) Value(int i) => rows[i].Lone is { } figure
                ? (inFirst[top[i]] ? (figure, 0m) : (0m, figure))
                : (rows[i].First ?? 0m, rows[i].Second ?? 0m);
            var addsUp = checkedParents.All(p =>
            {
                var own = Value(p);
                return children[p].Sum(c => Value(c).First) == own.First && children[p].Sum(c => Value(c).Second) == own.Second;
            });
            if (!addsUp) continue;
            valid++;
            foreach (var c in choices)
            {
                if (agreed[c] is { } before && before != inFirst[c]) conflicting[c] = true;
                agreed[c] = inFirst[c];
            }
        }
        if (valid == 0) return placed;
        for (var i = 0; i < rows.Count; i++)
        {
            if (top[i] < 0 || conflicting[top[i]] || agreed[top[i]] is not { } first) continue;
            placed[rows[i].Line] = first ? (rows[i].Lone, null) : (null, rows[i].Lone);
        }
        return placed;
    }

    /// <summary>Index of each row's parent: the nearest row above whose code is a proper prefix of its own (合计, code "", heads all).</summary>
    private static int?[] Parents(IReadOnlyList<SplitRow> rows)
    {
        var parent = new int?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var best = -1;
            for (var j = 0; j < rows.Count; j++)
            {
                if (j == i || rows[j].Code.Length >= rows[i].Code.Length || !rows[i].Code.StartsWith(rows[j].Code, StringComparison.Ordinal)) continue;
                if (best < 0 || rows[j].Code.Length > rows[best].Code.Length || (rows[j].Code.Length == rows[best].Code.Length && j < i && j > best)) best = j;
            }
            parent[i] = best < 0 ? null : best;
        }
        return parent;
    }
}
