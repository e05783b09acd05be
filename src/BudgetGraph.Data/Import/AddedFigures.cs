namespace BudgetGraph.Data.Import;

/// <summary>
/// How a group's figures — sum, count, least and greatest of line totals — are added to a kept totals row: sums and
/// counts added, the least minimum and the greatest maximum kept (NULL: none yet). One rule for the subject, district
/// and year totals, written for SQLite's UPSERT (<c>excluded</c>: the new group) and SQL Server's MERGE (<c>s</c>: the
/// row, <c>d</c>: the group).
/// </summary>
internal static class AddedFigures
{
    /// <summary>The assignments of an <c>ON CONFLICT … DO UPDATE SET</c>.</summary>
    public const string Upsert = """
            "Sum" = "Sum" + excluded."Sum",
            "Count" = "Count" + excluded."Count",
            "Min" = CASE WHEN "Min" IS NULL OR excluded."Min" < "Min" THEN excluded."Min" ELSE "Min" END,
            "Max" = CASE WHEN "Max" IS NULL OR excluded."Max" > "Max" THEN excluded."Max" ELSE "Max" END
        """;

    /// <summary>The assignments of a MERGE's <c>WHEN MATCHED THEN UPDATE SET</c>.</summary>
    public const string Merge = """
            "Sum" = s."Sum" + d."Sum",
            "Count" = s."Count" + d."Count",
            "Min" = CASE WHEN s."Min" IS NULL OR d."Min" < s."Min" THEN d."Min" ELSE s."Min" END,
            "Max" = CASE WHEN s."Max" IS NULL OR d."Max" > s."Max" THEN d."Max" ELSE s."Max" END
        """;
}
