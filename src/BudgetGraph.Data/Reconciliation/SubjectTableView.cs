using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A table of subject rows seen the same way whatever its kind, so the arithmetic rules are written once:
/// functional tables have the columns 总计/基本支出/项目支出, the economic table 总计/人员经费/日常公用经费.
/// The first column is the row total, the others its parts.
/// </summary>
internal sealed record SubjectTableView(
    string Title,
    IReadOnlyList<string> Columns,
    IReadOnlyList<SubjectTableView.Row> Rows,
    IReadOnlyList<decimal?>? TotalRow,
    int? TotalLine)
{
    public sealed record Row(string Code, string Name, int Line, IReadOnlyList<decimal?> Values);

    public static readonly string[] FunctionalColumns = ["总计", "基本支出", "项目支出"];
    public static readonly string[] EconomicColumns = ["总计", "人员经费", "日常公用经费"];

    public static IEnumerable<SubjectTableView> All(Disclosure disclosure)
    {
        foreach (var table in disclosure.FunctionalTables)
            yield return Of(table);
        if (disclosure.EconomicTable is { } economic)
            yield return new SubjectTableView(
                economic.Title,
                EconomicColumns,
                economic.Rows.Where(r => SubjectCodes.IsSubjectCode(r.Code))
                    .Select(r => new Row(r.Code, r.Name, r.Line, [r.Total, r.Personnel, r.Public])).ToList(),
                economic.Total is { } t ? [t.Total, t.Personnel, t.Public] : null,
                economic.Total?.Line);
    }

    public static SubjectTableView Of(FunctionalExpenditureTable table) => new(
        table.Title,
        FunctionalColumns,
        table.Rows.Where(r => SubjectCodes.IsSubjectCode(r.Code))
            .Select(r => new Row(r.Code, r.Name, r.Line, [r.Total, r.Basic, r.Project])).ToList(),
        table.Total is { } t ? [t.Total, t.Basic, t.Project] : null,
        table.TotalLine ?? table.StartLine);
}
