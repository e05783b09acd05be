using BudgetGraph.Data.Entities;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// The one model for both providers (SQLite embedded, SQL Server in production). Enums are stored as text so the
/// tables read well in any SQL tool; amounts are 64-bit fixed-point integers (see <see cref="FixedPoint"/>).
/// </summary>
public class BudgetDbContext : DbContext
{
    public BudgetDbContext(DbContextOptions<BudgetDbContext> options) : base(options)
    {
    }

    /// <summary>For a derived context built on options of its own type (EF Core's context pool needs them).</summary>
    protected BudgetDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<DisclosedTable> DisclosedTables => Set<DisclosedTable>();
    public DbSet<SummaryLine> SummaryLines => Set<SummaryLine>();
    public DbSet<ExpenditureLine> ExpenditureLines => Set<ExpenditureLine>();
    public DbSet<EconomicLine> EconomicLines => Set<EconomicLine>();
    public DbSet<IncomeLine> IncomeLines => Set<IncomeLine>();
    public DbSet<ThreePublicCosts> ThreePublicCosts => Set<ThreePublicCosts>();
    public DbSet<ProcurementLine> ProcurementLines => Set<ProcurementLine>();
    public DbSet<NarrativeStatement> NarrativeStatements => Set<NarrativeStatement>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectFundingSplit> ProjectFundingSplits => Set<ProjectFundingSplit>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<DataQualityFinding> DataQualityFindings => Set<DataQualityFinding>();
    public DbSet<ParserNote> ParserNotes => Set<ParserNote>();
    public DbSet<PersistedDocument> PersistedDocuments => Set<PersistedDocument>();
    public DbSet<TableAnnouncement> TableAnnouncements => Set<TableAnnouncement>();
    public DbSet<TableTotal> TableTotals => Set<TableTotal>();
    public DbSet<NameGram> NameGrams => Set<NameGram>();
    public DbSet<ExpenditureLevelTotal> ExpenditureLevelTotals => Set<ExpenditureLevelTotal>();
    public DbSet<ExpenditureDistrictTotal> ExpenditureDistrictTotals => Set<ExpenditureDistrictTotal>();
    public DbSet<ExpenditureSubjectTotal> ExpenditureSubjectTotals => Set<ExpenditureSubjectTotal>();
    public DbSet<ExpenditureUnitTotal> ExpenditureUnitTotals => Set<ExpenditureUnitTotal>();
    public DbSet<ExpenditureYearTotal> ExpenditureYearTotals => Set<ExpenditureYearTotal>();
    public DbSet<ExpenditureTotalValue> ExpenditureTotalValues => Set<ExpenditureTotalValue>();
    public DbSet<NameGramCount> NameGramCounts => Set<NameGramCount>();
    public DbSet<NameGramValueCount> NameGramValueCounts => Set<NameGramValueCount>();
    public DbSet<RowCount> RowCounts => Set<RowCount>();
    public DbSet<DataRevision> DataRevisions => Set<DataRevision>();
    public DbSet<ValueCount> ValueCounts => Set<ValueCount>();
    public DbSet<AmountBandCount> AmountBandCounts => Set<AmountBandCount>();
    public DbSet<IndicatorFacetCount> IndicatorFacetCounts => Set<IndicatorFacetCount>();
    public DbSet<ProjectFacetCount> ProjectFacetCounts => Set<ProjectFacetCount>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
        conventions.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        Reading.IndexHints.Register(model, Database.IsSqlServer());
        model.Entity<Unit>(e =>
        {
            e.HasIndex(u => u.Slug).IsUnique();
            // Name filters (contains / startsWith, issue 8) scan these small indexes instead of the 1.5 KB unit rows.
            CoveringIndex(e, u => new { u.OfficialName }, u => new { u.Slug }, "IX_Units_OfficialName_Slug");
            CoveringIndex(e, u => new { u.ShortName }, u => new { u.Slug }, "IX_Units_ShortName_Slug");
            // Units by slug with a name filter (a journalist's search, paged in slug order): a common pattern (1,001 of
            // 5,005 names with 南坪) is tested on this index's entries in slug order until the page is full, instead of
            // a list of the gram's candidates built first (0.26 against 0.50 ms at 5,005 disclosures; NameGramFilter).
            CoveringIndex(e, u => new { u.Slug }, u => new { u.OfficialName }, "IX_Units_Slug_OfficialName");
            // A line's unit slug and short name by id without the 1.5 KB unit row (compare sorts a subject and year's
            // lines by slug); SQLite is told to use it (CrossUnitComparer), it would take the row by its id.
            CoveringIndex(e, u => new { u.Id }, u => new { u.Slug, u.ShortName }, "IX_Units_Id_Slug");
            // Every sort of the units connection in an index's order (ConnectionIndexTests).
            SortableBothWays(e, u => u.OfficialName);
            SortableBothWays(e, u => u.ShortName);
            // Also a district's units (its totals summed again when a budget is replaced or a unit moves): without it the
            // importer read every budget's level totals, 86 ms per replaced document at 5,005 disclosures.
            SortableBothWays(e, u => u.DistrictName);
            SortableBothWays(e, u => u.UnitCode);
            // Free text filtered by equality, in or startsWith (a range of the index on SQLite, StringOperations); a
            // contains still reads every name (no gram index: 5 of 5,005 units have an English name).
            e.HasIndex(u => u.EnglishName);
            e.Property(u => u.Slug).HasMaxLength(64);
            e.Property(u => u.FunctionsText).HasMaxLength(int.MaxValue);
            e.Property(u => u.StructureText).HasMaxLength(int.MaxValue);
        });

        model.Entity<SourceDocument>(e =>
        {
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.ReadingSha256).HasMaxLength(64);
            e.HasIndex(d => d.Sha256);
            // The documents an older loader read (budgets' loaderRevision filter, after an upgrade): few, found by a seek
            // from which each one's budget is joined, instead of every budget joined to its document.
            e.HasIndex(d => d.LoaderRevision);
        });

        model.Entity<Budget>(e =>
        {
            // One budget per unit and year; a changed document replaces the previous version.
            e.HasIndex(b => new { b.UnitId, b.FiscalYear }).IsUnique();
            SortableBothWays(e, b => b.FiscalYear);
            SortableBothWays(e, b => b.ExpenditureTotal);
            SortableBothWaysWithinYear(e, b => b.ExpenditureTotal);
            SortableBothWays(e, b => b.IncomeTotal);
            SortableBothWays(e, b => b.PerformanceBudget);
            SortableBothWays(e, b => b.BasicExpenditure);
            SortableBothWays(e, b => b.ProjectExpenditure);
            // Filterable only: a count of the matches reads index entries, not the budget rows.
            e.HasIndex(b => b.CarryOver);
            e.HasIndex(b => b.ProcurementTotal);
            // Every filterable amount after the year: a filter of amounts (with the year or not) none of whose terms is rare
            // is counted and its first and last keys found in this index's entries — a year's range, or the whole index —
            // not by looking up each match's row of 2 KB in its table (two amounts of 100 or more at 5,005 disclosures: 8
            // → 0.7 ms counted in the SQLite shell). BudgetQuerySpec declares it (IndexCarries "year"). SQLite reads no
            // index as holding the computed Expenditure (it marks every column of the row used): a term of it is read there
            // as its definition, whose two columns the index holds (FilterSpec.FixedPoint's definedAs); SQL Server reads
            // the column itself from the INCLUDE columns.
            CoveringIndex(e, b => new { b.FiscalYear }, b => new { b.IncomeTotal, b.Expenditure, b.ExpenditureTotal, b.PerformanceBudget,
                b.BasicExpenditure, b.ProjectExpenditure, b.CarryOver, b.ProcurementTotal }, "IX_Budgets_FiscalYear_Amounts");
            // The served expenditure is derived by the database (a stored computed column, indexable on both providers):
            // no writer can store a budget without it or with another value than its totals say.
            e.Property(b => b.Expenditure).HasComputedColumnSql(Budget.ExpenditureSql, stored: true);
            // The same four for the served expenditure (filter and sort `expenditure`), the one most lists use.
            SortableBothWays(e, b => b.Expenditure);
            SortableBothWaysWithinYear(e, b => b.Expenditure);
            // The indicators of the budgets of the units a filter keeps, summed from this index alone (the unique index
            // above holds no counts): Import/BudgetRowCounts.
            CoveringIndex(e, b => new { b.UnitId }, b => new { b.IndicatorRows }, "IX_Budgets_UnitId_IndicatorRows");
            // A unit's budgets in key order (the unit, then the rowid): a page of budgets under a unit filter is read
            // through the units' keys, each one's first rows only (KeyOrderPage.ThroughKeysReader), where SQLite read
            // the budgets in key order through the join, testing each (two units' of 2024 imported last, at 50,005
            // disclosures: 74 ms). SQL Server's index above is that already: (UnitId) INCLUDE (IndicatorRows).
            if (!Database.IsSqlServer()) e.HasIndex(b => b.UnitId);
            // A district's budgets (a unit filter of its district, read as the budget's own: FilterSpec.Lift) in key
            // order and counted from one range, as the cards' and indicators' below; the year after the key, tested there
            // beside the district's eq, and the indicators' kept counts: a district's indicators (of a year, core ones) are
            // summed from this index alone (CountOverBudgets; 南岸区's of 2024 at 50,005 disclosures: 10,001 budgets).
            CoveringIndex(e, b => new { b.DistrictName, b.Id }, b => new { b.FiscalYear, b.IndicatorRows, b.CoreIndicatorRows }, "IX_Budgets_DistrictName_Year");
            e.HasOne(b => b.Unit).WithMany(u => u.Budgets).HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(b => b.SourceDocument).WithOne(d => d.Budget).HasForeignKey<Budget>(b => b.SourceDocumentId)
                .OnDelete(DeleteBehavior.Cascade);
            e.Property(b => b.OverallGoal).HasMaxLength(int.MaxValue);
            e.HasOne(b => b.ThreePublicCosts).WithOne(t => t.Budget).HasForeignKey<ThreePublicCosts>(t => t.BudgetId)
                .OnDelete(DeleteBehavior.Cascade);
            e.HasMany(b => b.OverallIndicators).WithOne(i => i.Budget).HasForeignKey(i => i.BudgetId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        // Child rows go with their budget. SQL Server refuses several cascade paths to one table, so rows that
        // point at both their budget and their table cascade through the budget only.
        ChildOfBudget(model, b => b.SummaryLines, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.ExpenditureLines, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.EconomicLines, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.IncomeLines, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.ProcurementLines, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.Projects, l => l.Budget, l => l.Table);
        ChildOfBudget(model, b => b.TableTotals, t => t.Budget, t => t.Table);
        model.Entity<ThreePublicCosts>().HasOne(t => t.Table).WithMany().OnDelete(DeleteBehavior.ClientCascade);
        model.Entity<DisclosedTable>()
            .HasOne(t => t.Budget).WithMany(b => b.Tables).HasForeignKey(t => t.BudgetId).OnDelete(DeleteBehavior.Cascade);
        model.Entity<DisclosedTable>().Property(t => t.PrintedUnit).HasMaxLength(8);

        model.Entity<ExpenditureLine>(e =>
        {
            e.HasIndex(l => new { l.BudgetId, l.TableKind, l.Code });
            // A subject's lines whatever their level (compare without a level counts them by this index). No index on
            // Total alone (dropped by ExpenditureLineIndexes): lines are read per budget or per subject, and no statement
            // of the API's tests used it (each one's plan logged) while every bulk load built it.
            e.HasIndex(l => new { l.Code, l.TableKind });
            // Whole-dataset reads (issue 8), covering so SQLite and SQL Server read the index alone: every budget's
            // level totals (one table and level, per budget; summed at a bulk load's end).
            CoveringIndex(e, l => new { l.TableKind, l.Level, l.BudgetId }, l => new { l.Total }, "IX_ExpenditureLines_Aggregate_Budget");
            // compare: filter, ranks (per code and year, by total) and unit from the index alone; the rows are read
            // after the ranks. UnitId and FiscalYear are the budget's, denormalised.
            CoveringIndex(e, l => new { l.TableKind, l.Level, l.Code, l.FiscalYear }, l => new { l.Total, l.UnitId, l.BudgetId }, "IX_ExpenditureLines_Compare");
            // compare ordered by total, largest first (e.g. with top: the largest per year): a subject's lines in that
            // order, equal totals by line (the page's tie-breaker) — read until the page is full, no sort of every line.
            // It carries the name too, so that it is also the one index of a subject's lines in code order: the subject
            // totals (summed at a bulk load's end, one pass, no sort; a replaced budget's lines taken out, their
            // least and greatest total and name read from the other budgets' entries) and the aggregate by subject over
            // some budgets read it alone. One index instead of two (a former (TableKind, Level, Code; Total, Name)):
            // at 5,005 disclosures the end of a bulk load 0.5–0.7 s shorter and 26 MB less on disk (BENCHMARK.md, session 23).
            if (Database.IsSqlServer())
                e.HasIndex(l => new { l.TableKind, l.Level, l.Code, l.Total, l.Id }, "IX_ExpenditureLines_Compare_Total")
                    .IsDescending(false, false, false, true, false).IncludeProperties(l => new { l.FiscalYear, l.UnitId, l.BudgetId, l.Name });
            else
                e.HasIndex(l => new { l.TableKind, l.Level, l.Code, l.Total, l.Id, l.FiscalYear, l.UnitId, l.BudgetId, l.Name }, "IX_ExpenditureLines_Compare_Total")
                    .IsDescending(false, false, false, true, false, false, false, false, false);
        });
        model.Entity<ExpenditureLevelTotal>(e =>
        {
            e.HasKey(t => new { t.BudgetId, t.TableKind, t.Level });
            e.HasOne<Budget>().WithMany().HasForeignKey(t => t.BudgetId).OnDelete(DeleteBehavior.Cascade);
            // Aggregates over every budget read one table and level in budget order (district, unit) or by year.
            CoveringIndex(e, t => new { t.TableKind, t.Level, t.FiscalYear }, t => new { t.UnitId, t.Sum, t.Count, t.Min, t.Max }, "IX_ExpenditureLevelTotals_Year");
        });
        model.Entity<ExpenditureDistrictTotal>(e =>
        {
            // expenditureAggregate(by: DISTRICT) over every budget reads one table and level in district order.
            e.HasKey(t => new { t.TableKind, t.Level, t.DistrictName });
            e.Property(t => t.DistrictName).HasMaxLength(200);
        });
        model.Entity<ExpenditureYearTotal>(e =>
        {
            // expenditureAggregate(by: YEAR) over every budget reads one table and level in year order.
            e.HasKey(t => new { t.TableKind, t.Level, t.FiscalYear });
        });
        model.Entity<ExpenditureTotalValue>(e =>
        {
            // compare's ranks: the distinct totals above a line's among its code and year (the key: one range), and
            // among its code over the years (this index: one range of values, each year's copy of a value counted once).
            e.HasKey(t => new { t.TableKind, t.Level, t.Code, t.FiscalYear, t.Value });
            e.Property(t => t.Code).HasMaxLength(200);
            e.HasIndex(t => new { t.TableKind, t.Level, t.Code, t.Value, t.FiscalYear }, "IX_ExpenditureTotalValues_Overall");
        });
        model.Entity<ExpenditureSubjectTotal>(e =>
        {
            // expenditureAggregate(by: SUBJECT) over every budget reads one table and level in code order.
            e.HasKey(t => new { t.TableKind, t.Level, t.Code });
            e.Property(t => t.Code).HasMaxLength(200);
        });
        model.Entity<ExpenditureUnitTotal>(e =>
        {
            // Recomputed per unit at import (its key's prefix); expenditureAggregate(by: UNIT) over every budget pages
            // one table and level in slug order or by sum, largest first and equal sums in slug order (top spenders).
            e.HasKey(t => new { t.UnitId, t.TableKind, t.Level });
            e.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.Property(t => t.Slug).HasMaxLength(64);
            CoveringIndex(e, t => new { t.TableKind, t.Level, t.Slug }, t => new { t.UnitId, t.Sum, t.Count, t.Min, t.Max }, "IX_ExpenditureUnitTotals_Slug");
            if (Database.IsSqlServer())
                e.HasIndex(t => new { t.TableKind, t.Level, t.Sum, t.Slug }, "IX_ExpenditureUnitTotals_Sum")
                    .IsDescending(false, false, true, false).IncludeProperties(t => new { t.UnitId, t.Count, t.Min, t.Max });
            else
                e.HasIndex(t => new { t.TableKind, t.Level, t.Sum, t.Slug, t.UnitId, t.Count, t.Min, t.Max }, "IX_ExpenditureUnitTotals_Sum")
                    .IsDescending(false, false, true, false, false, false, false, false);
        });
        model.Entity<EconomicLine>(e => e.HasIndex(l => new { l.BudgetId, l.Code }));
        model.Entity<IncomeLine>(e => e.HasIndex(l => new { l.BudgetId, l.Code }));

        model.Entity<NarrativeStatement>(e =>
        {
            e.Property(n => n.Sentence).HasMaxLength(int.MaxValue);
            e.Property(n => n.Reason).HasMaxLength(int.MaxValue);
            e.HasIndex(n => new { n.BudgetId, n.Metric });
        });

        model.Entity<Project>(e =>
        {
            e.Property(p => p.Overview).HasMaxLength(int.MaxValue);
            e.Property(p => p.Basis).HasMaxLength(int.MaxValue);
            e.Property(p => p.Goal).HasMaxLength(int.MaxValue);
            SortableBothWays(e, p => p.Amount);
            // An amount beside a card's year, core mark or category, tested in these entries, no card read (a card row
            // is about a page: at 5,005 disclosures the 10,010 cards of 100 万元 or more each read to test the core mark,
            // 14 ms counted in the SQLite shell; here 1 ms).
            CoveringIndex(e, p => new { p.Amount }, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category }, "IX_Projects_Amount_Categories");
            // A year's cards by amount either way: without the descending one, SQLite read the ascending index backwards,
            // sorted each run of equal amounts and read the whole year first — 经费 beside 2024 by amount descending at
            // 50,005 disclosures, 180,018 cards read for a page (500 ms).
            SortableBothWaysWithinYear(e, p => p.Amount);
            e.HasIndex(p => p.UnitId);
            // A unit filter with a year (counted through the unit's key: UnitId IN (…) AND FiscalYear = …), as the
            // indicators'. The UnitId index alone stays: it holds each unit's cards in key order for the page.
            e.HasIndex(p => new { p.UnitId, p.FiscalYear });
            // A card's name in key order (sorted by name: the name, then the key), with the year, the core mark and the
            // category after the key, tested there beside a text match of the name, as the indicators' name
            // (IX_Indicators_Name_Categories): at 50,005 disclosures the 10,001 cards named with 经费 of 2024 by name had
            // every card of 2024 (180,018) read from the year's index, tested and sorted for a page (232 ms); the walk of
            // this index reaches the page's end at its 60,069th entry, no card read (9 ms). ProjectQuerySpec declares it
            // (IndexCarries "name"). Sorted by name descending (the name, then the key ascending) the same, in
            // IX_Projects_Name_Desc_Categories (DescendingIndexCarriesToo): at 50,005 disclosures the cards of 2024 by name
            // descending had every one read from the year's index and sorted (251 ms); 南坪 beside 2024, 709. Counts of a
            // name alone keep reading IX_Projects_Name_Desc, the narrower one (and the name's index alone, which
            // EntityQueries weighs a name's eq, in or prefix on).
            CoveringIndex(e, p => new { p.Name, p.Id }, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category },
                "IX_Projects_Name_Categories");
            DescendingCoveringIndex(e, p => new { p.Name, p.Id }, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category },
                "IX_Projects_Name_Desc_Categories");
            e.HasIndex(p => p.Name, "IX_Projects_Name_Desc").IsDescending();
            // A card's code or category either way, the year, the core mark (and the category) after the key, tested there
            // beside the order: the cards with a core indicator by code at 5,005 disclosures were read from the mark's
            // index, 23,023 of 37,037, and sorted (32 ms) — the code's own index walked, each card read to test the mark, met
            // 10,000 SYNTHETIC cards without one first. ProjectQuerySpec declares them (IndexCarries, DescendingIndexCarriesToo).
            SortableBothWaysCarrying(e, p => p.Code, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category });
            SortableBothWaysCarrying(e, p => p.Category, p => new { p.FiscalYear, p.HasCoreIndicator });
            SortableBothWays(e, p => p.FiscalYear);
            SortableBothWays(e, p => p.Ordinal);
            // A year's cards in each other order, as by amount above: a dashboard picks a year first. Without them SQLite
            // read the year's range and sorted it (2025's cards by code at 5,005 disclosures: 17,017 of 37,037 read for a
            // page, 24 ms; by position 35, by category 45) — the order's own index holds the years' cards clumped, as
            // they were published, so a walk of it meets the other years' first. ProjectQuerySpec declares them
            // (SortedWithinEach).
            SortableBothWaysWithinYear(e, p => p.Code);
            SortableBothWaysWithinYear(e, p => p.Category);
            SortableBothWaysWithinYear(e, p => p.Ordinal);
            e.HasIndex(p => p.HasCoreIndicator);
            // A year's cards with (or without) a core indicator in key order: one range (the year, the mark, then the key),
            // where the mark's index or the year's held the other years' or marks' cards between the matches. At 5,005
            // disclosures the first SYNTHETIC card of 2024 with a core indicator comes after 19,000 core cards of other
            // years in key order, each looked up to test its year for a page (27–38 ms in the SQLite shell; here 0.05).
            // The API declares it (ProjectQuerySpec's IndexedTogether) and reads a page's keys here first: 2024's core
            // cards at 5,005 disclosures, a page with the count, 50 → 6.7 ms.
            e.HasIndex(p => new { p.FiscalYear, p.HasCoreIndicator });
            // Free text filtered by equality, in or startsWith, as the units' English name: a department's cards at
            // 5,005 disclosures counted from the index (84 ms when every project row was read). In key order within a
            // department (a page of its cards reads no sort), with the year, categories and amount after the key, tested
            // there beside the department's terms: at 5,005 disclosures 预算科's 1,001 cards (SYNTHETIC copies) of 2024
            // were each read to test the year, 17 ms. ProjectQuerySpec declares it (IndexCarries "department").
            CoveringIndex(e, p => new { p.Department, p.Id }, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category, p.Amount },
                "IX_Projects_Department_Categories");
            // A district's cards (a unit filter of its district, read as the card's own: FilterSpec.Lift) in key order,
            // with the year and the categories with few values after the key, tested there beside the district's eq, as
            // the indicators' below (南岸区's cards with a core indicator at 50,005 disclosures, counted: 29 ms through
            // the units' keys).
            CoveringIndex(e, p => new { p.DistrictName, p.Id }, p => new { p.FiscalYear, p.HasCoreIndicator, p.Category },
                "IX_Projects_DistrictName_Categories");
        });

        model.Entity<ProjectFundingSplit>(e =>
            e.HasOne(s => s.Project).WithMany(p => p.Splits).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade));

        model.Entity<Indicator>(e =>
        {
            // Cascades from the budget; the project link must not add a second cascade path on SQL Server.
            e.HasOne(i => i.Project).WithMany(p => p.Indicators).HasForeignKey(i => i.ProjectId)
                .OnDelete(DeleteBehavior.ClientCascade);
            e.HasIndex(i => new { i.ProjectId, i.Ordinal });
            // A card's indicators in key order (the card, then the rowid, or SQL Server's clustered key): a page of
            // indicators under a `project` filter, in key order, joins each matching card's indicators from it and stops
            // each card once its next one comes after the page's last, where the index above gave them in position order,
            // every one read and sorted (the 20,002 cards of 一般性项目 at 50,005 disclosures: page 21 → 6 ms).
            e.HasIndex(i => i.ProjectId);
            // A budget's indicators in card and position order (the id last): indicatorComparison's order read from
            // the indexes, unit by unit and year by year (IndicatorComparer.InIndexOrder). Also the budget's foreign key.
            e.HasIndex(i => new { i.BudgetId, i.ProjectId, i.Ordinal });
            // Covering the name test of a numeric-target filter (e.g. 满意 and target < 90) without reading the rows, and
            // the categories beside a target (targets of 100 or more with ≥, in %, of 2024, core): the range of targets
            // read alone, each entry tested there, where the operator's index had each of its rows read to test the target
            // (5,005 disclosures, counted in the SQLite shell: ≥ and 100 or more 50 → 10 ms, 2024's 25 → 4 ms).
            CoveringIndex(e, i => new { i.NumericTarget },
                i => new { i.Name, i.FiscalYear, i.IsCore, i.Operator, i.UnitOfMeasure, i.Level1, i.Level2 }, "IX_Indicators_NumericTarget_Name_Categories");
            // A name's indicators in key order (sorted by name: the name, then the key), with the year, the core mark,
            // the operator and the first two levels after the key, tested there beside the name's terms, as the cards'
            // department (IX_Projects_Department_Categories): at 50,005 disclosures the 60,006 indicators named 群众满意度
            // of 2024 come after 20,002 of 2023, each of whose rows was read to test the year (a page: 71 ms).
            // IndicatorQuerySpec declares it (IndexCarries "name"). Sorted by name descending the same, in
            // IX_Indicators_Name_Desc_Categories (2024's by name descending at 50,005 disclosures: every one read and sorted,
            // 387 ms). IX_Indicators_Name_Desc stays, as the cards'.
            CoveringIndex(e, i => new { i.Name, i.Id }, i => new { i.FiscalYear, i.IsCore, i.Operator, i.Level1, i.Level2 },
                "IX_Indicators_Name_Categories");
            DescendingCoveringIndex(e, i => new { i.Name, i.Id }, i => new { i.FiscalYear, i.IsCore, i.Operator, i.Level1, i.Level2 },
                "IX_Indicators_Name_Desc_Categories");
            e.HasIndex(i => i.Name, "IX_Indicators_Name_Desc").IsDescending();
            // By weight or target either way, with the year, the core mark, the operator (and unit of measure) and the first
            // two levels after the key, tested there beside the order, as by name: the indicators that are not core by target
            // descending at 5,005 disclosures were read from the mark's index, 121,121 of 252,252, and sorted (37 ms) — the
            // target's own index walked, each row read to test the mark, met 5,005 copies of one SYNTHETIC target without a
            // core column first. IndicatorQuerySpec declares them (IndexCarries, DescendingIndexCarriesToo).
            SortableBothWaysCarrying(e, i => i.Weight, i => new { i.FiscalYear, i.IsCore, i.Operator, i.Level1, i.Level2 });
            SortableBothWaysCarrying(e, i => i.NumericTarget, i => new { i.FiscalYear, i.IsCore, i.Operator, i.UnitOfMeasure, i.Level1, i.Level2 });
            SortableBothWays(e, i => i.FiscalYear);
            SortableBothWays(e, i => i.Ordinal);
            // A year's indicators in each of those orders, as the cards' (2025's by target at 5,005 disclosures: 106,106
            // of 252,252 read from the year's index and sorted for a page, 24 ms; by weight 33, by position 22).
            // IndicatorQuerySpec declares them (SortedWithinEach).
            SortableBothWaysWithinYear(e, i => i.Weight);
            SortableBothWaysWithinYear(e, i => i.NumericTarget);
            SortableBothWaysWithinYear(e, i => i.Ordinal);
            // Filterable only (the categories of an indicator: its three levels, unit, operator, core mark): a count of
            // the matches reads index entries, not the indicator rows. The first two levels, the operator and the unit
            // carry the sort columns after the key (FilteredCarryingOrders): one value's few matches in another order
            // (5,005 indicators of 效益指标 by target at 5,005 disclosures) are read from here and sorted, and SQLite's
            // sort for a page compares each entry's key in the index, reading only the rows that enter the page, where
            // it read every match's row (效益指标 by target in the SQLite shell: 2.3 → 0.5 ms).
            FilteredCarryingOrders(e, i => new { i.Level1 }, IndicatorOrders);
            FilteredCarryingOrders(e, i => new { i.Level2 }, IndicatorOrders);
            e.HasIndex(i => i.Level3);
            FilteredCarryingOrders(e, i => new { i.UnitOfMeasure }, IndicatorOrders);
            FilteredCarryingOrders(e, i => new { i.Operator }, IndicatorOrders);
            e.HasIndex(i => i.IsCore);
            // A year's core (or other) indicators in key order, as the cards' year and core mark above: one range, where
            // the mark's index or the year's held the others between the matches (at 5,005 disclosures 30,000 core
            // indicators of other years lie between the seeds' 2024 ones and the first SYNTHETIC one: 19–30 ms for a page
            // in the SQLite shell). Through the API (IndicatorQuerySpec's IndexedTogether), a page with the count: 2024's
            // core indicators 25 → 3.4 ms, the others of 2024 47 → 3.7. It carries the sort columns after the key, as the
            // levels' above: 2024's 3,003 core indicators by weight, read from here and sorted, 2.0 → 0.3 ms in the shell.
            FilteredCarryingOrders(e, i => new { i.FiscalYear, i.IsCore }, IndicatorOrders);
            // A unit's indicators (the filter of a nested unit, counted through this key: IN (SELECT Id FROM Units …)),
            // as the projects' UnitId: without it a unit's 50 indicators were found by reading all 252,252 rows at 5,005
            // disclosures (37 ms; 355–483 ms at 50,005).
            e.HasIndex(i => i.UnitId);
            // A unit filter with a year, counted through the unit's key (UnitId IN (…) AND FiscalYear = …): one range per
            // unit. Without it SQLite, which keeps no statistics here, took the year's index and tested a third of the
            // table (the indicators of two units in 2024 at 5,005 disclosures: 22 ms; 0.01 ms with it). The UnitId index
            // alone stays: it holds each unit's indicators in key order for the page (KeyOrderPage.ThroughKeysReader).
            // It also carries the categories with few values (core mark, operator, first and second level): a common one
            // beside a unit filter is not read from its own index (IndexHints.Unindexed) but tested on the units' rows,
            // and here that test reads this index alone, not each row (南岸区's core indicators at 5,005 disclosures,
            // counted: 6.2 → 1.8 ms; the page without a count 4.7 → 1.7). SQL Server: (UnitId, FiscalYear) INCLUDE (…).
            CoveringIndex(e, i => new { i.UnitId, i.FiscalYear }, i => new { i.IsCore, i.Operator, i.Level1, i.Level2 },
                "IX_Indicators_UnitId_FiscalYear_Categories");
            // A district's indicators (a unit filter of its district read as the indicator's own: FilterSpec.Lift) in key
            // order: one range of this index (the column, then the key), where through the units' keys the page sought
            // each unit's first indicators, one seek per unit of the district (10,001 at 50,005 disclosures: 8.6 ms alone,
            // 56 ms p50 under 16 clients). The key is named so that the columns after it — the year and the categories
            // with few values, as the units' index above — keep that order and are tested here, in the index: a district
            // beside a year, core mark, operator or level (lifted too, those terms read through IndexHints.Unindexed)
            // pages in key order without reading a row it does not keep (南岸区's core indicators at 50,005, no count:
            // 25–39 ms through the units' keys). SQL Server: (DistrictName, Id) INCLUDE (…), the clustered key anyway.
            CoveringIndex(e, i => new { i.DistrictName, i.Id }, i => new { i.FiscalYear, i.IsCore, i.Operator, i.Level1, i.Level2 },
                "IX_Indicators_DistrictName_Categories");
            // The indicators of one category's cards (a card filter of its category read as the indicator's own copy:
            // FilterSpec.Lift) in key order: one range of this index (the column, then the key), where through the cards
            // each card of the category was sought (20,002 一般性项目 cards at 50,005 disclosures: 20 ms counted).
            e.HasIndex(i => i.ProjectCategory);
            // The indicators of cards printed without a category (project: { category: { eq: null } }, the copy's null
            // beside the card's presence, ProjectId IS NOT NULL): the cards' indicators alone, by category then key, so
            // that their null range leaves out the overall goals' (no card, null too) and pages in key order. Without it
            // the page read the overall goals' entries first (13,013 at 5,005 SYNTHETIC disclosures: 4.3 ms → 0.02).
            e.HasIndex(i => i.ProjectCategory, "IX_Indicators_CardCategory")
                .HasFilter(Database.IsSqlServer() ? "[ProjectId] IS NOT NULL" : "\"ProjectId\" IS NOT NULL");
            // A qualitative target (e.g. 优, 按时完成) filtered by equality, in or startsWith. One indicator in twelve has
            // one, so only those are indexed: every indicator row entering one more index would slow the import for
            // nothing. Any such filter but eq: null implies the column is not null, which lets both engines use it. The
            // categories after it and the key, as the numeric target's: a target beside them is tested in its entries, no
            // row read (良好 of 2024 at 5,005 disclosures: 12,012 rows each read from the year's index before), and one
            // target's entries stay in key order, so its page is read from its first match on (SQL Server: (TextTarget,
            // Id) INCLUDE (…), the clustered key anyway).
            CoveringIndex(e, i => new { i.TextTarget, i.Id }, i => new { i.FiscalYear, i.IsCore, i.Operator, i.UnitOfMeasure, i.Level1, i.Level2 },
                    "IX_Indicators_TextTarget_Categories")
                .HasFilter(Database.IsSqlServer() ? "[TextTarget] IS NOT NULL" : "\"TextTarget\" IS NOT NULL");
        });

        // The n-gram index of searchable names (Search/NameGrams.cs): one key range per gram. SQLite: a WITHOUT ROWID
        // table (Migrations/BudgetSqliteMigrationsSqlGenerator), SQL Server: the clustered primary key, the gram
        // compared in binary (grams are verbatim code units; a CI collation must not merge or split them).
        model.Entity<NameGram>(e =>
        {
            e.HasKey(g => new { g.Kind, g.Gram, g.EntityId });
            e.Property(g => g.Kind).HasConversion<byte>();
            e.Property(g => g.Gram).HasMaxLength(2).IsFixedLength();
            // A name filter and a filter on the number the gram carries (an indicator's target, a card's year) counted from one
            // range; with an eq of the number, its rows in key order (the key follows it in the index).
            e.HasIndex(g => new { g.Kind, g.Gram, g.Value });
            // A unit-name filter's page in slug order read off the gram rows (the units' only: the other kinds carry no slug).
            e.Property(g => g.Slug).HasMaxLength(64);
            e.HasIndex(g => new { g.Kind, g.Gram, g.Slug }, "IX_NameGrams_Kind_Gram_Slug")
                .HasFilter(Database.IsSqlServer() ? "[Slug] IS NOT NULL" : "\"Slug\" IS NOT NULL");
            if (Database.IsSqlServer()) e.Property(g => g.Gram).UseCollation("Latin1_General_100_BIN2");
        });
        // The changes made to stored figures outside an import (a repair): one row, written by the first (none: 0).
        model.Entity<DataRevision>(e => e.Property(r => r.Id).ValueGeneratedNever());
        // How many rows the large tables hold (kept by the importer): one row per table.
        model.Entity<RowCount>(e =>
        {
            e.HasKey(r => r.Name);
            e.Property(r => r.Name).HasMaxLength(64);
        });
        // How many rows hold each value of the large tables' category and number columns (kept by the importer). A
        // filter's count sums a range of an index alone (the count carried). Not unique: SQL Server would leave the null value's row
        // out of a unique index on a nullable column (EF Core's filter), and the importer adds a value's row only where
        // there is none (Import/ValueCounts).
        model.Entity<ValueCount>(e =>
        {
            e.Property(v => v.Column).HasMaxLength(64);
            // (The number after the value: a column counted in each year, Import/ValueCounts.Beside, seeks a value's year.)
            CoveringIndex(e, v => new { v.Column, v.Value, v.Number }, v => new { v.Count }, "IX_ValueCounts_Column_Value");
            // The number columns' values (years, weights, targets) as one range of the index too, for the counts read and
            // for the importer's upkeep, which seeks a document's values (there may be thousands of targets).
            CoveringIndex(e, v => new { v.Column, v.Number }, v => new { v.Count }, "IX_ValueCounts_Column_Number");
            // A column counted in each district: one district's values as one range (the count of a district's indicators
            // of an operator or level; the upkeep seeks a document's district). 200 as ExpenditureDistrictTotals' key: the
            // index stays under SQL Server's 1,700 bytes of key with the 400 of the value.
            e.Property(v => v.DistrictName).HasMaxLength(200);
            CoveringIndex(e, v => new { v.Column, v.DistrictName, v.Value }, v => new { v.Count }, "IX_ValueCounts_Column_DistrictName_Value");
        });
        // How many rows of each year hold an amount in each band of the counted amount columns (kept by the importer). A
        // range's count sums one range of this index (the count carried) and counts rows in at most its bounds' bands. Not
        // unique, as ValueCounts: the null amounts' row must be in the index on SQL Server too (Import/AmountBands).
        model.Entity<AmountBandCount>(e =>
        {
            e.Property(a => a.Column).HasMaxLength(64);
            // The split columns after the year (a card's amount beside its category and core mark): tested on the entries
            // of the amount's range, never sought (the same name: its leading columns are the same).
            CoveringIndex(e, a => new { a.Column, a.Band, a.FiscalYear, a.Category, a.HasCoreIndicator }, a => new { a.Count },
                "IX_AmountBandCounts_Column_Band_FiscalYear");
        });
        // How many indicators (cards) hold each combination of their categories (kept by the importer): a filter of those columns
        // is counted by summing the combinations it passes, a few hundred rows read whole. The year's index is for the
        // importer, which changes one year's combinations per document (Import/FacetCounts).
        model.Entity<IndicatorFacetCount>(e => e.HasIndex(f => f.FiscalYear));
        model.Entity<ProjectFacetCount>(e => e.HasIndex(f => f.FiscalYear));
        // How many names of a kind have a gram (kept with NameGrams): one row per kind and gram.
        model.Entity<NameGramCount>(e =>
        {
            e.HasKey(g => new { g.Kind, g.Gram });
            e.Property(g => g.Kind).HasConversion<byte>();
            e.Property(g => g.Gram).HasMaxLength(2).IsFixedLength();
            if (Database.IsSqlServer()) e.Property(g => g.Gram).UseCollation("Latin1_General_100_BIN2");
        });
        // How many names of a kind with a gram carry each number (kept with NameGrams): one row per kind, gram and number.
        model.Entity<NameGramValueCount>(e =>
        {
            e.HasKey(g => new { g.Kind, g.Gram, g.Value });
            e.Property(g => g.Kind).HasConversion<byte>();
            e.Property(g => g.Gram).HasMaxLength(2).IsFixedLength();
            if (Database.IsSqlServer()) e.Property(g => g.Gram).UseCollation("Latin1_General_100_BIN2");
        });

        model.Entity<Subject>(e =>
        {
            e.HasIndex(s => new { s.Classification, s.Code }).IsUnique();
            e.HasIndex(s => s.ParentCode);
        });

        model.Entity<PersistedDocument>(e =>
        {
            e.HasKey(d => d.Hash);
            e.Property(d => d.Hash).HasMaxLength(64);
            e.Property(d => d.Query).HasMaxLength(int.MaxValue);
            e.HasIndex(d => d.LastUsedAtUtc);
        });

        model.Entity<ParserNote>(e =>
        {
            e.Property(n => n.Message).HasMaxLength(int.MaxValue);
            e.HasIndex(n => n.BudgetId);
            e.HasOne(n => n.Budget).WithMany(b => b.ParserNotes).HasForeignKey(n => n.BudgetId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<TableAnnouncement>(e =>
        {
            e.HasIndex(a => a.BudgetId);
            e.HasOne(a => a.Budget).WithMany(b => b.TableAnnouncements).HasForeignKey(a => a.BudgetId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<DataQualityFinding>(e =>
        {
            e.Property(f => f.Message).HasMaxLength(int.MaxValue);
            e.HasIndex(f => new { f.BudgetId, f.Rule });
            e.HasOne(f => f.Budget).WithMany(b => b.Findings).HasForeignKey(f => f.BudgetId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>
    /// The two indexes of a column the API sorts by: <c>IX_{Table}_{Column}</c> and <c>IX_{Table}_{Column}_Desc</c>.
    /// Every order ends with the row id ascending (the API's tie-breaker, SortSpec), and an index's entries are in
    /// (key, row id ascending) order: a page of <c>ORDER BY key, id</c> or <c>ORDER BY key DESC, id</c> reads its first
    /// entries, where an index scanned backwards would give the ties in descending id order and SQLite would sort every
    /// row of each key value (a year: a third of the table). Also serves equality and range filters on the column.
    /// </summary>
    private static void SortableBothWays<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> column) where T : class
    {
        entity.HasIndex(column);
        entity.HasIndex(column, $"IX_{entity.Metadata.GetTableName()}_{PropertyName(column)}_Desc").IsDescending();
    }

    /// <summary>
    /// <see cref="SortableBothWays"/> with the columns of <paramref name="carried"/> after the column and the key
    /// (<c>CoveringIndex</c>: SQL Server's INCLUDE columns): <c>IX_{Table}_{Column}_Categories</c> and
    /// <c>IX_{Table}_{Column}_Desc_Categories</c>. A page in either order beside terms of those columns walks it, each entry
    /// tested there, no row read but the page's (<c>EntityQueries.WalkOrderIndexAsync</c>).
    /// </summary>
    private void SortableBothWaysCarrying<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> column,
        Expression<Func<T, object?>> carried) where T : class
    {
        string[] keys = [PropertyName(column), "Id"];
        string[] included = [.. MemberNames(carried)];
        var name = $"IX_{entity.Metadata.GetTableName()}_{keys[0]}";
        CoveringIndex(entity, keys, included, name + "_Categories");
        DescendingCoveringIndex(entity, keys, included, name + "_Desc_Categories");
    }

    /// <summary>
    /// An index of filter columns in key order — the columns, then the key, so that one value's matches stay in key
    /// order for a page in that order — carrying the columns the API sorts by (<c>CoveringIndex</c>: SQL Server's INCLUDE
    /// columns): <c>IX_{Table}_{Columns}_Orders</c>. A page of the filter's few matches in another order reads the
    /// value's range and sorts it: SQLite's sort for a page of N (ORDER BY … LIMIT N) compares each entry's sort key as
    /// it comes and reads a row's other columns only when the entry enters the N, so with the sort key here only those
    /// rows are read, not every match's.
    /// </summary>
    private void FilteredCarryingOrders<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> columns,
        Expression<Func<T, object?>> orders) where T : class
    {
        string[] filtered = [.. MemberNames(columns)];
        CoveringIndex(entity, [.. filtered, "Id"], [.. MemberNames(orders)],
            $"IX_{entity.Metadata.GetTableName()}_{string.Join("_", filtered)}_Orders");
    }

    /// <summary>The indicator columns the API sorts by that a filter's index carries (<see cref="FilteredCarryingOrders"/>).</summary>
    private static readonly Expression<Func<Indicator, object?>> IndicatorOrders = i => new { i.Weight, i.NumericTarget, i.Ordinal };

    /// <summary>
    /// <see cref="SortableBothWays"/> within a year: <c>IX_{Table}_FiscalYear_{Column}</c> and its <c>_Desc</c> twin (the
    /// year ascending, the column descending), for a year's rows sorted by the column either way, largest first read in the
    /// index's own order (then the row id ascending), not the ascending one backwards with each run of equal values sorted.
    /// </summary>
    private static void SortableBothWaysWithinYear<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> column) where T : class
    {
        string[] columns = ["FiscalYear", PropertyName(column)];
        entity.HasIndex(columns);
        entity.HasIndex(columns, $"IX_{entity.Metadata.GetTableName()}_{string.Join("_", columns)}_Desc").IsDescending(false, true);
    }

    // The property a column expression names (x => x.Amount).
    private static string PropertyName<T>(Expression<Func<T, object?>> column)
    {
        var body = column.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : column.Body;
        return body is MemberExpression member ? member.Member.Name
            : throw new ArgumentException("Expected a property, e.g. x => x.Amount.", nameof(column));
    }

    /// <summary>
    /// An index that answers a query from the index alone: on SQL Server the <paramref name="included"/> columns are
    /// INCLUDE columns (out of the key, whose size is limited to 1,700 bytes); SQLite has no INCLUDE, so there they
    /// follow the key columns.
    /// </summary>
    private Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder CoveringIndex<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> keys,
        Expression<Func<T, object?>> included,
        string name) where T : class =>
        CoveringIndex(entity, [.. MemberNames(keys)], [.. MemberNames(included)], name);

    /// <summary>The same, of columns named.</summary>
    private Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder CoveringIndex<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity, string[] keys, string[] included, string name)
        where T : class =>
        Database.IsSqlServer() ? entity.HasIndex(keys, name).IncludeProperties(included) : entity.HasIndex([.. keys, .. included], name);

    /// <summary>
    /// <c>CoveringIndex</c> in a descending order of its first key column, the others ascending: the order a sort
    /// descending by that column reads (<c>SortSpec</c> breaks ties by the key ascending), which SQLite cannot read
    /// backwards in the ascending index without sorting each run of equal values.
    /// </summary>
    private void DescendingCoveringIndex<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity,
        Expression<Func<T, object?>> keys,
        Expression<Func<T, object?>> included,
        string name) where T : class =>
        DescendingCoveringIndex(entity, [.. MemberNames(keys)], [.. MemberNames(included)], name);

    /// <summary>The same, of columns named.</summary>
    private void DescendingCoveringIndex<T>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity, string[] keys, string[] included, string name)
        where T : class
    {
        // (The index's columns: on SQL Server its keys, the included ones apart; on SQLite all of them.)
        var index = CoveringIndex(entity, keys, included, name);
        index.IsDescending([true, .. Enumerable.Repeat(false, index.Metadata.Properties.Count - 1)]);
    }

    private static IEnumerable<string> MemberNames<T>(Expression<Func<T, object?>> members) =>
        members.Body is NewExpression created
            ? created.Members!.Select(m => m.Name)
            : throw new ArgumentException("Expected an anonymous type of properties, e.g. x => new { x.A, x.B }.", nameof(members));

    private static void ChildOfBudget<T>(
        ModelBuilder model,
        Expression<Func<Budget, IEnumerable<T>?>> rows,
        Expression<Func<T, Budget?>> budget,
        Expression<Func<T, DisclosedTable?>> table) where T : class
    {
        model.Entity<T>(e =>
        {
            e.HasOne(budget).WithMany(rows).HasForeignKey("BudgetId").OnDelete(DeleteBehavior.Cascade);
            e.HasOne(table).WithMany().HasForeignKey("TableId").OnDelete(DeleteBehavior.ClientCascade);
        });
    }
}
