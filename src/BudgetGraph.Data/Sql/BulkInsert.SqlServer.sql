-- AmountBandCount
SELECT MAX([Id]) FROM [AmountBandCounts] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [AmountBandCounts] ON;
INSERT INTO [AmountBandCounts] ([Id], [Band], [Category], [Column], [Count], [FiscalYear], [HasCoreIndicator])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);
SET IDENTITY_INSERT [AmountBandCounts] OFF;

-- DataRevision
INSERT INTO [DataRevisions] ([Id], [Number])
VALUES (@p0, @p1),
(@p2, @p3);

-- ExpenditureDistrictTotal
INSERT INTO [ExpenditureDistrictTotals] ([TableKind], [Level], [DistrictName], [Count], [Max], [Min], [Sum], [Units])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- ExpenditureSubjectTotal
INSERT INTO [ExpenditureSubjectTotals] ([TableKind], [Level], [Code], [Count], [Label], [Max], [Min], [Sum])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- ExpenditureTotalValue
INSERT INTO [ExpenditureTotalValues] ([TableKind], [Level], [Code], [FiscalYear], [Value], [LineCount])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5),
(@p6, @p7, @p8, @p9, @p10, @p11);

-- ExpenditureYearTotal
INSERT INTO [ExpenditureYearTotals] ([TableKind], [Level], [FiscalYear], [Count], [Max], [Min], [Sum])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);

-- IndicatorFacetCount
SELECT MAX([Id]) FROM [IndicatorFacetCounts] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [IndicatorFacetCounts] ON;
INSERT INTO [IndicatorFacetCounts] ([Id], [Count], [FirstId], [FiscalYear], [IsCore], [LastId], [Level1], [Level2], [NumericTarget], [Operator], [ProjectCategory], [TextTarget], [UnitOfMeasure], [Weight])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);
SET IDENTITY_INSERT [IndicatorFacetCounts] OFF;

-- NameGramCount
INSERT INTO [NameGramCounts] ([Kind], [Gram], [Count])
VALUES (@p0, @p1, @p2),
(@p3, @p4, @p5);

-- NameGramValueCount
INSERT INTO [NameGramValueCounts] ([Kind], [Gram], [Value], [Count])
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);

-- NameGram
INSERT INTO [NameGrams] ([Kind], [Gram], [EntityId], [Slug], [Value])
VALUES (@p0, @p1, @p2, @p3, @p4),
(@p5, @p6, @p7, @p8, @p9);

-- PersistedDocument
INSERT INTO [PersistedDocuments] ([Hash], [LastUsedAtUtc], [Query], [RegisteredAtUtc])
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);

-- ProjectFacetCount
SELECT MAX([Id]) FROM [ProjectFacetCounts] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ProjectFacetCounts] ON;
INSERT INTO [ProjectFacetCounts] ([Id], [Category], [Count], [DistrictName], [FirstId], [FiscalYear], [HasCoreIndicator], [LastId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);
SET IDENTITY_INSERT [ProjectFacetCounts] OFF;

-- RowCount
INSERT INTO [RowCounts] ([Name], [Count])
VALUES (@p0, @p1),
(@p2, @p3);

-- SourceDocument
SELECT MAX([Id]) FROM [SourceDocuments] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [SourceDocuments] ON;
INSERT INTO [SourceDocuments] ([Id], [EncodingName], [FileName], [ImportedAt], [LineCount], [LoaderRevision], [ReadingSha256], [Sha256], [SourcePath])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);
SET IDENTITY_INSERT [SourceDocuments] OFF;

-- Subject
SELECT MAX([Id]) FROM [Subjects] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [Subjects] ON;
INSERT INTO [Subjects] ([Id], [Classification], [Code], [EnglishName], [Level], [Name], [ParentCode])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);
SET IDENTITY_INSERT [Subjects] OFF;

-- Unit
SELECT MAX([Id]) FROM [Units] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [Units] ON;
INSERT INTO [Units] ([Id], [ContactLine], [DistrictEnglishName], [DistrictName], [EnglishName], [FunctionsText], [OfficialName], [ShortName], [Slug], [StructureText], [UnitCode])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);
SET IDENTITY_INSERT [Units] OFF;

-- Budget
SELECT MAX([Id]) FROM [Budgets] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [Budgets] ON;
INSERT INTO [Budgets] ([Id], [BasicExpenditure], [CarryForward], [CarryOver], [CoreIndicatorRows], [DistrictName], [ExpenditureTotal], [FiscalYear], [GeneralPublicBudgetIncome], [GovernmentFundIncome], [IncomeTotal], [IndicatorRows], [OverallGoal], [PerformanceBudget], [ProcurementTotal], [ProjectExpenditure], [SourceDocumentId], [StateCapitalIncome], [UnitId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18),
(@p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35, @p36, @p37);
SET IDENTITY_INSERT [Budgets] OFF;

-- DataQualityFinding
SELECT MAX([Id]) FROM [DataQualityFindings] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [DataQualityFindings] ON;
INSERT INTO [DataQualityFindings] ([Id], [Actual], [BudgetId], [Expected], [Message], [Row], [Rule], [SourceLine], [Table])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);
SET IDENTITY_INSERT [DataQualityFindings] OFF;

-- DisclosedTable
SELECT MAX([Id]) FROM [DisclosedTables] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [DisclosedTables] ON;
INSERT INTO [DisclosedTables] ([Id], [BudgetId], [EndLine], [IsPartial], [Kind], [PrintedUnit], [Remark], [RowCount], [StartLine], [TableNumber], [Title])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);
SET IDENTITY_INSERT [DisclosedTables] OFF;

-- EconomicLine
SELECT MAX([Id]) FROM [EconomicLines] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [EconomicLines] ON;
INSERT INTO [EconomicLines] ([Id], [BudgetId], [Code], [Level], [Name], [ParentCode], [Personnel], [Public], [SourceLine], [TableId], [Total])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);
SET IDENTITY_INSERT [EconomicLines] OFF;

-- ExpenditureLevelTotal
INSERT INTO [ExpenditureLevelTotals] ([BudgetId], [TableKind], [Level], [Count], [FiscalYear], [Max], [Min], [Sum], [UnitId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8),
(@p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17);

-- ExpenditureLine
SELECT MAX([Id]) FROM [ExpenditureLines] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ExpenditureLines] ON;
INSERT INTO [ExpenditureLines] ([Id], [Basic], [BudgetId], [Code], [FiscalYear], [Level], [Name], [ParentCode], [Project], [SourceLine], [TableId], [TableKind], [Total], [UnitId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);
SET IDENTITY_INSERT [ExpenditureLines] OFF;

-- ExpenditureUnitTotal
INSERT INTO [ExpenditureUnitTotals] ([UnitId], [TableKind], [Level], [Count], [Max], [Min], [Slug], [Sum])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);

-- IncomeLine
SELECT MAX([Id]) FROM [IncomeLines] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [IncomeLines] ON;
INSERT INTO [IncomeLines] ([Id], [BudgetId], [CarryOver], [Code], [GeneralPublicBudget], [GovernmentFund], [Level], [Name], [OtherSources], [ParentCode], [SourceLine], [StateCapital], [TableId], [Total])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13),
(@p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27);
SET IDENTITY_INSERT [IncomeLines] OFF;

-- NarrativeStatement
SELECT MAX([Id]) FROM [NarrativeStatements] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [NarrativeStatements] ON;
INSERT INTO [NarrativeStatements] ([Id], [Amount], [BudgetId], [Change], [ComparedYear], [Direction], [Label], [Metric], [Reason], [Section], [Sentence], [SourceLine])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11),
(@p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);
SET IDENTITY_INSERT [NarrativeStatements] OFF;

-- ParserNote
SELECT MAX([Id]) FROM [ParserNotes] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ParserNotes] ON;
INSERT INTO [ParserNotes] ([Id], [BudgetId], [Line], [Message])
VALUES (@p0, @p1, @p2, @p3),
(@p4, @p5, @p6, @p7);
SET IDENTITY_INSERT [ParserNotes] OFF;

-- ProcurementLine
SELECT MAX([Id]) FROM [ProcurementLines] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ProcurementLines] ON;
INSERT INTO [ProcurementLines] ([Id], [BudgetId], [Code], [GeneralPublicBudget], [Name], [SourceLine], [TableId], [Total])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7),
(@p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15);
SET IDENTITY_INSERT [ProcurementLines] OFF;

-- Project
SELECT MAX([Id]) FROM [Projects] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [Projects] ON;
INSERT INTO [Projects] ([Id], [Amount], [Basis], [BudgetId], [Category], [Code], [Department], [DistrictName], [ExecutionRateWeight], [FiscalYear], [Goal], [HasCoreIndicator], [Name], [Ordinal], [Overview], [SourceLine], [TableId], [UnitId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17),
(@p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35);
SET IDENTITY_INSERT [Projects] OFF;

-- Indicator
SELECT MAX([Id]) FROM [Indicators] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [Indicators] ON;
INSERT INTO [Indicators] ([Id], [BudgetId], [DistrictName], [FiscalYear], [IsCore], [Level1], [Level2], [Level3], [Name], [NumericTarget], [Operator], [OperatorRaw], [Ordinal], [ProjectCategory], [ProjectId], [RawName], [SourceLine], [TextTarget], [UnitId], [UnitOfMeasure], [Weight])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20),
(@p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35, @p36, @p37, @p38, @p39, @p40, @p41);
SET IDENTITY_INSERT [Indicators] OFF;

-- ProjectFundingSplit
SELECT MAX([Id]) FROM [ProjectFundingSplits] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ProjectFundingSplits] ON;
INSERT INTO [ProjectFundingSplits] ([Id], [Amount], [Label], [ProjectId], [SourceLine])
VALUES (@p0, @p1, @p2, @p3, @p4),
(@p5, @p6, @p7, @p8, @p9);
SET IDENTITY_INSERT [ProjectFundingSplits] OFF;

-- SummaryLine
SELECT MAX([Id]) FROM [SummaryLines] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [SummaryLines] ON;
INSERT INTO [SummaryLines] ([Id], [Amount], [BudgetId], [GeneralPublicBudget], [GovernmentFund], [Label], [Role], [Side], [SourceLine], [StateCapital], [TableId], [TableKind])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11),
(@p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23);
SET IDENTITY_INSERT [SummaryLines] OFF;

-- TableAnnouncement
SELECT MAX([Id]) FROM [TableAnnouncements] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [TableAnnouncements] ON;
INSERT INTO [TableAnnouncements] ([Id], [BudgetId], [FoundLine], [Line], [Source], [TableNumber], [Title])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);
SET IDENTITY_INSERT [TableAnnouncements] OFF;

-- TableTotal
SELECT MAX([Id]) FROM [TableTotals] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [TableTotals] ON;
INSERT INTO [TableTotals] ([Id], [Amount], [BudgetId], [Column], [SourceLine], [TableId])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5),
(@p6, @p7, @p8, @p9, @p10, @p11);
SET IDENTITY_INSERT [TableTotals] OFF;

-- ThreePublicCosts
SELECT MAX([Id]) FROM [ThreePublicCosts] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ThreePublicCosts] ON;
INSERT INTO [ThreePublicCosts] ([Id], [BudgetId], [OfficialReception], [OperatingCosts], [OverseasTravel], [SourceLine], [TableId], [Total], [VehicleOperation], [VehiclePurchase], [VehicleSubtotal])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10),
(@p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21);
SET IDENTITY_INSERT [ThreePublicCosts] OFF;

-- ValueCount
SELECT MAX([Id]) FROM [ValueCounts] WITH (TABLOCKX, HOLDLOCK);
SET IDENTITY_INSERT [ValueCounts] ON;
INSERT INTO [ValueCounts] ([Id], [Column], [Count], [DistrictName], [Flag], [Number], [Value])
VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6),
(@p7, @p8, @p9, @p10, @p11, @p12, @p13);
SET IDENTITY_INSERT [ValueCounts] OFF;
