-- AmountBandCount
SELECT MAX("Id") FROM "AmountBandCounts";
INSERT INTO "AmountBandCounts" ("Id", "Band", "Category", "Column", "Count", "FiscalYear", "HasCoreIndicator")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);

-- DataRevision
INSERT INTO "DataRevisions" ("Id", "Number")
VALUES (@p0, @p1),
(@p2, @p3);

-- ExpenditureDistrictTotal
INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Count", "Max", "Min", "Sum", "Units")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- ExpenditureSubjectTotal
INSERT INTO "ExpenditureSubjectTotals" ("TableKind", "Level", "Code", "Count", "Label", "Max", "Min", "Sum")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- ExpenditureTotalValue
INSERT INTO "ExpenditureTotalValues" ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5),
(@p6, @p7, @p8, @p9, @p10, @p11);

-- ExpenditureYearTotal
INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Count", "Max", "Min", "Sum")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);

-- IndicatorFacetCount
SELECT MAX("Id") FROM "IndicatorFacetCounts";
INSERT INTO "IndicatorFacetCounts" ("Id", "Count", "FirstId", "FiscalYear", "IsCore", "LastId", "Level1", "Level2", "NumericTarget", "Operator", "ProjectCategory", "TextTarget", "UnitOfMeasure", "Weight")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);

-- NameGramCount
INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
VALUES (@p0, @p1, @p2),
(@p3, @p4, @p5);

-- NameGramValueCount
INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);

-- NameGram
INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId", "Slug", "Value")
VALUES (@p0, @p1, @p2, @p3, @p4),
(@p5, @p6, @p7, @p8, @p9);

-- PersistedDocument
INSERT INTO "PersistedDocuments" ("Hash", "LastUsedAtUtc", "Query", "RegisteredAtUtc")
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);

-- ProjectFacetCount
SELECT MAX("Id") FROM "ProjectFacetCounts";
INSERT INTO "ProjectFacetCounts" ("Id", "Category", "Count", "DistrictName", "FirstId", "FiscalYear", "HasCoreIndicator", "LastId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- RowCount
INSERT INTO "RowCounts" ("Name", "Count")
VALUES (@p0, @p1),
(@p2, @p3);

-- SourceDocument
SELECT MAX("Id") FROM "SourceDocuments";
INSERT INTO "SourceDocuments" ("Id", "EncodingName", "FileName", "ImportedAt", "LineCount", "LoaderRevision", "ReadingSha256", "Sha256", "SourcePath")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);

-- Subject
SELECT MAX("Id") FROM "Subjects";
INSERT INTO "Subjects" ("Id", "Classification", "Code", "EnglishName", "Level", "Name", "ParentCode")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);

-- Unit
SELECT MAX("Id") FROM "Units";
INSERT INTO "Units" ("Id", "ContactLine", "DistrictEnglishName", "DistrictName", "EnglishName", "FunctionsText", "OfficialName", "ShortName", "Slug", "StructureText", "UnitCode")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);

-- Budget
SELECT MAX("Id") FROM "Budgets";
INSERT INTO "Budgets" ("Id", "BasicExpenditure", "CarryForward", "CarryOver", "CoreIndicatorRows", "DistrictName", "ExpenditureTotal", "FiscalYear", "GeneralPublicBudgetIncome", "GovernmentFundIncome", "IncomeTotal", "IndicatorRows", "OverallGoal", "PerformanceBudget", "ProcurementTotal", "ProjectExpenditure", "SourceDocumentId", "StateCapitalIncome", "UnitId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18),
(@p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35, @p36, @p37);

-- DataQualityFinding
SELECT MAX("Id") FROM "DataQualityFindings";
INSERT INTO "DataQualityFindings" ("Id", "Actual", "BudgetId", "Expected", "Message", "Row", "Rule", "SourceLine", "Table")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);

-- DisclosedTable
SELECT MAX("Id") FROM "DisclosedTables";
INSERT INTO "DisclosedTables" ("Id", "BudgetId", "EndLine", "IsPartial", "Kind", "PrintedUnit", "Remark", "RowCount", "StartLine", "TableNumber", "Title")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);

-- EconomicLine
SELECT MAX("Id") FROM "EconomicLines";
INSERT INTO "EconomicLines" ("Id", "BudgetId", "Code", "Level", "Name", "ParentCode", "Personnel", "Public", "SourceLine", "TableId", "Total")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);

-- ExpenditureLevelTotal
INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "Count", "FiscalYear", "Max", "Min", "Sum", "UnitId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);

-- ExpenditureLine
SELECT MAX("Id") FROM "ExpenditureLines";
INSERT INTO "ExpenditureLines" ("Id", "Basic", "BudgetId", "Code", "FiscalYear", "Level", "Name", "ParentCode", "Project", "SourceLine", "TableId", "TableKind", "Total", "UnitId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);

-- ExpenditureUnitTotal
INSERT INTO "ExpenditureUnitTotals" ("UnitId", "TableKind", "Level", "Count", "Max", "Min", "Slug", "Sum")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- IncomeLine
SELECT MAX("Id") FROM "IncomeLines";
INSERT INTO "IncomeLines" ("Id", "BudgetId", "CarryOver", "Code", "GeneralPublicBudget", "GovernmentFund", "Level", "Name", "OtherSources", "ParentCode", "SourceLine", "StateCapital", "TableId", "Total")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);

-- NarrativeStatement
SELECT MAX("Id") FROM "NarrativeStatements";
INSERT INTO "NarrativeStatements" ("Id", "Amount", "BudgetId", "Change", "ComparedYear", "Direction", "Label", "Metric", "Reason", "Section", "Sentence", "SourceLine")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11),
(@p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);

-- ParserNote
SELECT MAX("Id") FROM "ParserNotes";
INSERT INTO "ParserNotes" ("Id", "BudgetId", "Line", "Message")
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);

-- ProcurementLine
SELECT MAX("Id") FROM "ProcurementLines";
INSERT INTO "ProcurementLines" ("Id", "BudgetId", "Code", "GeneralPublicBudget", "Name", "SourceLine", "TableId", "Total")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- Project
SELECT MAX("Id") FROM "Projects";
INSERT INTO "Projects" ("Id", "Amount", "Basis", "BudgetId", "Category", "Code", "Department", "DistrictName", "ExecutionRateWeight", "FiscalYear", "Goal", "HasCoreIndicator", "Name", "Ordinal", "Overview", "SourceLine", "TableId", "UnitId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17),
(@p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35);

-- Indicator
SELECT MAX("Id") FROM "Indicators";
INSERT INTO "Indicators" ("Id", "BudgetId", "DistrictName", "FiscalYear", "IsCore", "Level1", "Level2", "Level3", "Name", "NumericTarget", "Operator", "OperatorRaw", "Ordinal", "ProjectCategory", "ProjectId", "RawName", "SourceLine", "TextTarget", "UnitId", "UnitOfMeasure", "Weight")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20),
(@p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41);

-- ProjectFundingSplit
SELECT MAX("Id") FROM "ProjectFundingSplits";
INSERT INTO "ProjectFundingSplits" ("Id", "Amount", "Label", "ProjectId", "SourceLine")
VALUES (@p0, @p1, @p2, @p3, @p4),
(@p5, @p6, @p7, @p8, @p9);

-- SummaryLine
SELECT MAX("Id") FROM "SummaryLines";
INSERT INTO "SummaryLines" ("Id", "Amount", "BudgetId", "GeneralPublicBudget", "GovernmentFund", "Label", "Role", "Side", "SourceLine", "StateCapital", "TableId", "TableKind")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11),
(@p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);

-- TableAnnouncement
SELECT MAX("Id") FROM "TableAnnouncements";
INSERT INTO "TableAnnouncements" ("Id", "BudgetId", "FoundLine", "Line", "Source", "TableNumber", "Title")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);

-- TableTotal
SELECT MAX("Id") FROM "TableTotals";
INSERT INTO "TableTotals" ("Id", "Amount", "BudgetId", "Column", "SourceLine", "TableId")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5),
(@p6, @p7, @p8, @p9, @p10, @p11);

-- ThreePublicCosts
SELECT MAX("Id") FROM "ThreePublicCosts";
INSERT INTO "ThreePublicCosts" ("Id", "BudgetId", "OfficialReception", "OperatingCosts", "OverseasTravel", "SourceLine", "TableId", "Total", "VehicleOperation", "VehiclePurchase", "VehicleSubtotal")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);

-- ValueCount
SELECT MAX("Id") FROM "ValueCounts";
INSERT INTO "ValueCounts" ("Id", "Column", "Count", "DistrictName", "Flag", "Number", "Value")
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);
