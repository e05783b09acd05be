using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using NarrativeStatement = BudgetGraph.Data.Entities.NarrativeStatement;
using ThreePublicCosts = BudgetGraph.Data.Entities.ThreePublicCosts;
using GraphQL;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>
/// The table-row fields of <c>Budget</c>: functional and economic subject lines (flat, filterable) and trees,
/// 三公经费, procurement, the narrative's prior-year statements and the tables. Every list is batched per field.
/// </summary>
internal static class LinesFields
{
    private static readonly SortSpec<ExpenditureLine> ExpenditureInDocumentOrder = new(l => l.SourceLine);
    private static readonly SortSpec<EconomicLine> EconomicInDocumentOrder = new(l => l.SourceLine);
    private static readonly SortSpec<ThreePublicCosts> ThreePublicCostsOrder = new(t => t.Id);
    private static readonly SortSpec<ProcurementLine> ProcurementInDocumentOrder = new(l => l.SourceLine);
    private static readonly SortSpec<NarrativeStatement> StatementsInDocumentOrder = new(s => s.SourceLine);
    private static readonly SortSpec<DisclosedTable> TablesInDocumentOrder = new(t => t.StartLine);

    private static readonly string[] ExpenditureTreeColumns =
        ["Id", "BudgetId", "Code", "Name", "Level", "ParentCode", "Total", "Basic", "Project", "SourceLine"];
    private static readonly string[] EconomicTreeColumns =
        ["Id", "BudgetId", "Code", "Name", "Level", "ParentCode", "Total", "Personnel", "Public", "SourceLine"];

    public static void AddTo(ObjectGraphType<Budget> budget)
    {
        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpenditureLineType>>>>("expenditureLines")
            .Description("Functional subject rows (功能分类科目), flat, of ONE table by default: 表二 " +
                         "(一般公共预算财政拨款支出预算表), as `expenditureTree`. `table: ALL` gives every table, where a subject " +
                         "printed by several tables (表二 and 表八) appears once per table. A `where` on `table` without the " +
                         "`table` argument searches every table. Paged with `skip`/`take` (default: all rows of the table).")
            .Argument<FunctionalTableSelectionType>("table", "Which table (来源表); default 表二; ALL for every table.")
            .Argument<ExpenditureLineFilterInputType>("where", "Filter the rows (筛选), e.g. { code: { startsWith: \"212\" } }." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<ExpenditureLineSortInputType>>>("order", "Sort the rows (排序); default by key.")
            .Argument<IntGraphType>("skip", "Rows to skip (跳过前n条), for paging; default 0.")
            .Argument<IntGraphType>("take", "Rows to return at most (最多n条), for paging; default all.")
            .Resolve(c =>
            {
                var skip = c.GetArgument<int?>("skip") ?? 0;
                var take = c.GetArgument<int?>("take");
                if (skip < 0 || take < 0)
                    throw new QueryArgumentError(ErrorCodes.NegativePageSize, "`skip` and `take` must not be negative.");
                var filtersTable = c.RawArgument("where") is IDictionary<string, object?> where && where.ContainsKey("table");
                var selection = c.GetArgument<FunctionalTableSelection?>("table")
                                ?? (filtersTable ? FunctionalTableSelection.All : FunctionalTableSelection.GeneralPublicBudgetExpenditure);
                var table = (FunctionalTableKind)selection;
                System.Linq.Expressions.Expression<Func<ExpenditureLine, bool>>? condition =
                    selection == FunctionalTableSelection.All ? null : l => l.TableKind == table;
                return EntityQueries.Children(c, c.Source.Id, db => db.ExpenditureLines, l => l.BudgetId,
                        ExpenditureLineQuerySpec.Filter, ExpenditureLineQuerySpec.Sort, condition, "Id", "BudgetId")
                    .Then<IReadOnlyList<ExpenditureLine>>(lines =>
                        lines.Skip(skip).Take(take ?? int.MaxValue).ToList());
            })
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpenditureTreeNodeType>>>>("expenditureTree")
            .Description("The functional subject tree (功能分类科目树) of one table: 类 rows with children down to 项.")
            .Argument<FunctionalTableKindType>("table", "Which table (来源表); default 表二 一般公共预算财政拨款支出预算表.",
                a => a.DefaultValue = FunctionalTableKind.GeneralPublicBudgetExpenditure)
            .Resolve(c =>
            {
                var table = c.GetArgument("table", FunctionalTableKind.GeneralPublicBudgetExpenditure);
                return EntityQueries.Children(c, c.Source.Id, db => db.ExpenditureLines, l => l.BudgetId, null,
                        ExpenditureInDocumentOrder, l => l.TableKind == table, ExpenditureTreeColumns)
                    .Then<IReadOnlyList<ExpenditureLine>>(lines => SubjectTree.Build(lines, l => l.Code, l => l.ParentCode));
            })
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EconomicLineType>>>>("economicLines")
            .Description("Economic subject rows (经济分类科目) of the basic expenditure table, flat.")
            .Argument<EconomicLineFilterInputType>("where", "Filter the rows (筛选)." + FilterArguments.EmptyIsNotAnError)
            .Argument<ListGraphType<NonNullGraphType<EconomicLineSortInputType>>>("order", "Sort the rows (排序); default by key.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.EconomicLines, l => l.BudgetId,
                EconomicLineQuerySpec.Filter, EconomicLineQuerySpec.Sort, null, "Id", "BudgetId"))
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EconomicTreeNodeType>>>>("economicTree")
            .Description("The economic subject tree (经济分类科目树): 类 rows with their 款 children.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.EconomicLines, l => l.BudgetId, null,
                    EconomicInDocumentOrder, null, EconomicTreeColumns)
                .Then<IReadOnlyList<EconomicLine>>(lines => SubjectTree.Build(lines, l => l.Code, l => l.ParentCode)))
            .Reads("Id");

        budget.Field<ThreePublicCostsType>("threePublicCosts")
            .Description("The \"three public costs\" (\"三公\"经费); null when the disclosure has no such table.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.ThreePublicCosts, t => t.BudgetId, null,
                    ThreePublicCostsOrder, null, "Id", "BudgetId")
                .Then<IReadOnlyList<ThreePublicCosts>>(rows => rows.FirstOrDefault()))
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcurementLineType>>>>("procurement")
            .Description("Rows of the government procurement budget table (政府采购预算明细表), in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.ProcurementLines, l => l.BudgetId, null,
                ProcurementInDocumentOrder, null, "Id", "BudgetId"))
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorYearStatementType>>>>("priorYearStatements")
            .Description("Figures of the narrative with their change versus the previous year (与上年比较), in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.NarrativeStatements, s => s.BudgetId, null,
                StatementsInDocumentOrder, null, "Id", "BudgetId"))
            .Reads("Id");

        budget.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisclosedTableType>>>>("tables")
            .Description("The tables of the disclosure (公开表格) with their titles and lines, in document order.")
            .Resolve(c => EntityQueries.Children(c, c.Source.Id, db => db.DisclosedTables, t => t.BudgetId, null,
                TablesInDocumentOrder, null, "Id", "BudgetId"))
            .Reads("Id");
    }
}
