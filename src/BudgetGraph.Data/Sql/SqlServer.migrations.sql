IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [SchemaStamps] (
        [Id] int NOT NULL IDENTITY,
        [ModelHash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_SchemaStamps] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [SourceDocuments] (
        [Id] int NOT NULL IDENTITY,
        [FileName] nvarchar(400) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [EncodingName] nvarchar(400) NOT NULL,
        [LineCount] int NOT NULL,
        [ImportedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_SourceDocuments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [Subjects] (
        [Id] int NOT NULL IDENTITY,
        [Classification] nvarchar(48) NOT NULL,
        [Code] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [EnglishName] nvarchar(400) NULL,
        [Level] nvarchar(48) NOT NULL,
        [ParentCode] nvarchar(400) NULL,
        CONSTRAINT [PK_Subjects] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [Units] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(64) NOT NULL,
        [OfficialName] nvarchar(400) NOT NULL,
        [ShortName] nvarchar(400) NOT NULL,
        [EnglishName] nvarchar(400) NULL,
        [DistrictName] nvarchar(400) NULL,
        [DistrictEnglishName] nvarchar(400) NULL,
        [UnitCode] nvarchar(400) NULL,
        [FunctionsText] nvarchar(max) NULL,
        [StructureText] nvarchar(max) NULL,
        [ContactLine] nvarchar(400) NULL,
        CONSTRAINT [PK_Units] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [Budgets] (
        [Id] int NOT NULL IDENTITY,
        [UnitId] int NOT NULL,
        [FiscalYear] int NOT NULL,
        [SourceDocumentId] int NOT NULL,
        [IncomeTotal] bigint NULL,
        [ExpenditureTotal] bigint NULL,
        [BasicExpenditure] bigint NULL,
        [ProjectExpenditure] bigint NULL,
        [GeneralPublicBudgetIncome] bigint NULL,
        [GovernmentFundIncome] bigint NULL,
        [StateCapitalIncome] bigint NULL,
        [CarryOver] bigint NULL,
        [CarryForward] bigint NULL,
        [ProcurementTotal] bigint NULL,
        [PerformanceBudget] bigint NULL,
        [OverallGoal] nvarchar(max) NULL,
        CONSTRAINT [PK_Budgets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Budgets_SourceDocuments_SourceDocumentId] FOREIGN KEY ([SourceDocumentId]) REFERENCES [SourceDocuments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Budgets_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [DataQualityFindings] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [Rule] nvarchar(400) NOT NULL,
        [Table] nvarchar(400) NULL,
        [Row] nvarchar(400) NULL,
        [SourceLine] int NULL,
        [Expected] bigint NULL,
        [Actual] bigint NULL,
        [Message] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_DataQualityFindings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DataQualityFindings_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [DisclosedTables] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [Kind] nvarchar(48) NOT NULL,
        [Title] nvarchar(400) NOT NULL,
        [TableNumber] nvarchar(400) NULL,
        [StartLine] int NOT NULL,
        [EndLine] int NOT NULL,
        [RowCount] int NOT NULL,
        [IsPartial] bit NOT NULL,
        [Remark] nvarchar(400) NULL,
        CONSTRAINT [PK_DisclosedTables] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisclosedTables_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [NarrativeStatements] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [Metric] nvarchar(48) NOT NULL,
        [Label] nvarchar(400) NOT NULL,
        [Amount] bigint NULL,
        [Direction] nvarchar(48) NULL,
        [Change] bigint NULL,
        [ComparedYear] int NULL,
        [Reason] nvarchar(max) NULL,
        [Sentence] nvarchar(max) NOT NULL,
        [Section] nvarchar(400) NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_NarrativeStatements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NarrativeStatements_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [ParserNotes] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [Line] int NOT NULL,
        [Message] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_ParserNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParserNotes_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [EconomicLines] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Code] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [ParentCode] nvarchar(400) NULL,
        [Total] bigint NULL,
        [Personnel] bigint NULL,
        [Public] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_EconomicLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EconomicLines_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EconomicLines_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [ExpenditureLines] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [TableKind] nvarchar(48) NOT NULL,
        [Code] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [ParentCode] nvarchar(400) NULL,
        [Total] bigint NULL,
        [Basic] bigint NULL,
        [Project] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_ExpenditureLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpenditureLines_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExpenditureLines_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [IncomeLines] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Code] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [ParentCode] nvarchar(400) NULL,
        [Total] bigint NULL,
        [GeneralPublicBudget] bigint NULL,
        [GovernmentFund] bigint NULL,
        [StateCapital] bigint NULL,
        [OtherSources] bigint NULL,
        [CarryOver] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_IncomeLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncomeLines_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_IncomeLines_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [ProcurementLines] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Code] nvarchar(400) NULL,
        [Name] nvarchar(400) NOT NULL,
        [Total] bigint NULL,
        [GeneralPublicBudget] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_ProcurementLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProcurementLines_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProcurementLines_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [Projects] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Ordinal] int NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Code] nvarchar(400) NULL,
        [Category] nvarchar(400) NULL,
        [Department] nvarchar(400) NULL,
        [Amount] bigint NULL,
        [ExecutionRateWeight] bigint NULL,
        [Overview] nvarchar(max) NULL,
        [Basis] nvarchar(max) NULL,
        [Goal] nvarchar(max) NULL,
        [UnitId] int NOT NULL,
        [FiscalYear] int NOT NULL,
        [HasCoreIndicator] bit NOT NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_Projects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Projects_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Projects_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [SummaryLines] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [TableKind] nvarchar(48) NOT NULL,
        [Side] nvarchar(48) NOT NULL,
        [Role] nvarchar(48) NOT NULL,
        [Label] nvarchar(400) NOT NULL,
        [Amount] bigint NULL,
        [GeneralPublicBudget] bigint NULL,
        [GovernmentFund] bigint NULL,
        [StateCapital] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_SummaryLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SummaryLines_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SummaryLines_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [TableTotals] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Column] nvarchar(400) NOT NULL,
        [Amount] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_TableTotals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TableTotals_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_TableTotals_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [ThreePublicCosts] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableId] int NOT NULL,
        [Total] bigint NULL,
        [OverseasTravel] bigint NULL,
        [VehicleSubtotal] bigint NULL,
        [VehiclePurchase] bigint NULL,
        [VehicleOperation] bigint NULL,
        [OfficialReception] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_ThreePublicCosts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ThreePublicCosts_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ThreePublicCosts_DisclosedTables_TableId] FOREIGN KEY ([TableId]) REFERENCES [DisclosedTables] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [Indicators] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [ProjectId] int NULL,
        [Ordinal] int NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [RawName] nvarchar(400) NULL,
        [Level1] nvarchar(400) NULL,
        [Level2] nvarchar(400) NULL,
        [Level3] nvarchar(400) NULL,
        [Weight] bigint NULL,
        [UnitOfMeasure] nvarchar(400) NULL,
        [Operator] nvarchar(400) NULL,
        [OperatorRaw] nvarchar(400) NULL,
        [NumericTarget] bigint NULL,
        [TextTarget] nvarchar(400) NULL,
        [IsCore] bit NULL,
        [UnitId] int NOT NULL,
        [FiscalYear] int NOT NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_Indicators] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Indicators_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Indicators_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE TABLE [ProjectFundingSplits] (
        [Id] int NOT NULL IDENTITY,
        [ProjectId] int NOT NULL,
        [Label] nvarchar(400) NOT NULL,
        [Amount] bigint NULL,
        [SourceLine] int NOT NULL,
        CONSTRAINT [PK_ProjectFundingSplits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProjectFundingSplits_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Budgets_ExpenditureTotal] ON [Budgets] ([ExpenditureTotal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear] ON [Budgets] ([FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Budgets_SourceDocumentId] ON [Budgets] ([SourceDocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Budgets_UnitId_FiscalYear] ON [Budgets] ([UnitId], [FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_DataQualityFindings_BudgetId_Rule] ON [DataQualityFindings] ([BudgetId], [Rule]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_DisclosedTables_BudgetId] ON [DisclosedTables] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_EconomicLines_BudgetId_Code] ON [EconomicLines] ([BudgetId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_EconomicLines_TableId] ON [EconomicLines] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_BudgetId_TableKind_Code] ON [ExpenditureLines] ([BudgetId], [TableKind], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Code_TableKind] ON [ExpenditureLines] ([Code], [TableKind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_TableId] ON [ExpenditureLines] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Total] ON [ExpenditureLines] ([Total]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_IncomeLines_BudgetId_Code] ON [IncomeLines] ([BudgetId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_IncomeLines_TableId] ON [IncomeLines] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Indicators_BudgetId] ON [Indicators] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Indicators_Name] ON [Indicators] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget] ON [Indicators] ([NumericTarget]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Indicators_ProjectId_Ordinal] ON [Indicators] ([ProjectId], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_NarrativeStatements_BudgetId_Metric] ON [NarrativeStatements] ([BudgetId], [Metric]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ParserNotes_BudgetId] ON [ParserNotes] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ProcurementLines_BudgetId] ON [ProcurementLines] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ProcurementLines_TableId] ON [ProcurementLines] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ProjectFundingSplits_ProjectId] ON [ProjectFundingSplits] ([ProjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_Amount] ON [Projects] ([Amount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_BudgetId] ON [Projects] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Amount] ON [Projects] ([FiscalYear], [Amount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_Name] ON [Projects] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_TableId] ON [Projects] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Projects_UnitId] ON [Projects] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SourceDocuments_Sha256] ON [SourceDocuments] ([Sha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Subjects_Classification_Code] ON [Subjects] ([Classification], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Subjects_ParentCode] ON [Subjects] ([ParentCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SummaryLines_BudgetId] ON [SummaryLines] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SummaryLines_TableId] ON [SummaryLines] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_TableTotals_BudgetId] ON [TableTotals] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_TableTotals_TableId] ON [TableTotals] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ThreePublicCosts_BudgetId] ON [ThreePublicCosts] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ThreePublicCosts_TableId] ON [ThreePublicCosts] ([TableId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Units_Slug] ON [Units] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174403_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130174403_InitialCreate', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130175626_PersistedDocuments'
)
BEGIN
    DROP TABLE [SchemaStamps];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130175626_PersistedDocuments'
)
BEGIN
    CREATE TABLE [PersistedDocuments] (
        [Hash] nvarchar(64) NOT NULL,
        [Query] nvarchar(max) NOT NULL,
        [RegisteredAtUtc] datetime2 NOT NULL,
        [LastUsedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_PersistedDocuments] PRIMARY KEY ([Hash])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130175626_PersistedDocuments'
)
BEGIN
    CREATE INDEX [IX_PersistedDocuments_LastUsedAtUtc] ON [PersistedDocuments] ([LastUsedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130175626_PersistedDocuments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130175626_PersistedDocuments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183723_TableAnnouncements'
)
BEGIN
    CREATE TABLE [TableAnnouncements] (
        [Id] int NOT NULL IDENTITY,
        [BudgetId] int NOT NULL,
        [TableNumber] nvarchar(400) NULL,
        [Title] nvarchar(400) NULL,
        [Source] nvarchar(48) NOT NULL,
        [Line] int NOT NULL,
        [FoundLine] int NULL,
        CONSTRAINT [PK_TableAnnouncements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TableAnnouncements_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183723_TableAnnouncements'
)
BEGIN
    CREATE INDEX [IX_TableAnnouncements_BudgetId] ON [TableAnnouncements] ([BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183723_TableAnnouncements'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130183723_TableAnnouncements', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130192847_PrintedUnitAndOperatingCosts'
)
BEGIN
    ALTER TABLE [ThreePublicCosts] ADD [OperatingCosts] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130192847_PrintedUnitAndOperatingCosts'
)
BEGIN
    ALTER TABLE [DisclosedTables] ADD [PrintedUnit] nvarchar(8) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130192847_PrintedUnitAndOperatingCosts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130192847_PrintedUnitAndOperatingCosts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130193635_SourceDocumentSourcePath'
)
BEGIN
    ALTER TABLE [SourceDocuments] ADD [SourcePath] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130193635_SourceDocumentSourcePath'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130193635_SourceDocumentSourcePath', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    DROP INDEX [IX_Indicators_NumericTarget] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget_Name] ON [Indicators] ([NumericTarget]) INCLUDE ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Aggregate_Budget] ON [ExpenditureLines] ([TableKind], [Level], [BudgetId]) INCLUDE ([Total]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Aggregate_Subject] ON [ExpenditureLines] ([TableKind], [Level], [Code]) INCLUDE ([Total], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_ExpenditureTotal] ON [Budgets] ([FiscalYear], [ExpenditureTotal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204320_WholeDatasetQueryIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130204320_WholeDatasetQueryIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    ALTER TABLE [ExpenditureLines] ADD [FiscalYear] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    ALTER TABLE [ExpenditureLines] ADD [UnitId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    CREATE TABLE [ExpenditureLevelTotals] (
        [BudgetId] int NOT NULL,
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [UnitId] int NOT NULL,
        [FiscalYear] int NOT NULL,
        [Sum] bigint NOT NULL,
        [Count] int NOT NULL,
        [Min] bigint NULL,
        [Max] bigint NULL,
        CONSTRAINT [PK_ExpenditureLevelTotals] PRIMARY KEY ([BudgetId], [TableKind], [Level]),
        CONSTRAINT [FK_ExpenditureLevelTotals_Budgets_BudgetId] FOREIGN KEY ([BudgetId]) REFERENCES [Budgets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    EXEC(N'
    UPDATE "ExpenditureLines" SET
        "UnitId" = (SELECT b."UnitId" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId"),
        "FiscalYear" = (SELECT b."FiscalYear" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId");
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    EXEC(N'
    INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "UnitId", "FiscalYear", "Sum", "Count", "Min", "Max")
    SELECT l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear", SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
    FROM "ExpenditureLines" AS l
    GROUP BY l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    CREATE INDEX [IX_Units_OfficialName_Slug] ON [Units] ([OfficialName]) INCLUDE ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    CREATE INDEX [IX_Units_ShortName_Slug] ON [Units] ([ShortName]) INCLUDE ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Compare] ON [ExpenditureLines] ([TableKind], [Level], [Code], [FiscalYear]) INCLUDE ([Total], [UnitId], [BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLevelTotals_Year] ON [ExpenditureLevelTotals] ([TableKind], [Level], [FiscalYear]) INCLUDE ([UnitId], [Sum], [Count], [Min], [Max]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201001946_ExpenditureLevelTotals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201001946_ExpenditureLevelTotals', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201035810_NameGrams'
)
BEGIN
    CREATE TABLE [NameGrams] (
        [Kind] tinyint NOT NULL,
        [Gram] nchar(2) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [EntityId] int NOT NULL,
        CONSTRAINT [PK_NameGrams] PRIMARY KEY ([Kind], [Gram], [EntityId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201035810_NameGrams'
)
BEGIN
    WITH [names] ([Kind], [EntityId], [Name]) AS (
        SELECT CAST(1 AS tinyint), [Id], [OfficialName] FROM [Units]
        UNION ALL SELECT CAST(2 AS tinyint), [Id], [ShortName] FROM [Units]
        UNION ALL SELECT CAST(3 AS tinyint), [Id], [Name] FROM [Projects]
        UNION ALL SELECT CAST(4 AS tinyint), [Id], [Name] FROM [Indicators]
        UNION ALL SELECT CAST(5 AS tinyint), [Id], SUBSTRING([OfficialName], 1, 2) FROM [Units]
        UNION ALL SELECT CAST(6 AS tinyint), [Id], SUBSTRING([ShortName], 1, 2) FROM [Units]
        UNION ALL SELECT CAST(7 AS tinyint), [Id], [Department] FROM [Projects]),
    [at] ([Kind], [EntityId], [Name], [I]) AS (
        SELECT [Kind], [EntityId], [Name], 1 FROM [names] WHERE DATALENGTH([Name]) >= 4
        UNION ALL SELECT [Kind], [EntityId], [Name], [I] + 1 FROM [at] WHERE ([I] + 1) * 2 < DATALENGTH([Name]))
    INSERT INTO [NameGrams] ([Kind], [Gram], [EntityId])
    SELECT DISTINCT [Kind], SUBSTRING([Name], [I], 2) COLLATE Latin1_General_100_BIN2, [EntityId] FROM [at]
    WHERE UNICODE(SUBSTRING([Name], [I], 1)) BETWEEN 19968 AND 40959
      AND UNICODE(SUBSTRING([Name], [I] + 1, 1)) BETWEEN 19968 AND 40959
    OPTION (MAXRECURSION 0);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201035810_NameGrams'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201035810_NameGrams', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201065241_WholeDatasetGrowth'
)
BEGIN
    CREATE TABLE [ExpenditureDistrictTotals] (
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [DistrictName] nvarchar(200) NOT NULL,
        [Sum] bigint NOT NULL,
        [Count] int NOT NULL,
        [Min] bigint NULL,
        [Max] bigint NULL,
        CONSTRAINT [PK_ExpenditureDistrictTotals] PRIMARY KEY ([TableKind], [Level], [DistrictName])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201065241_WholeDatasetGrowth'
)
BEGIN
    INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max")
    SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
    FROM "Units" AS u
    INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
    INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
    GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201065241_WholeDatasetGrowth'
)
BEGIN
    CREATE INDEX [IX_Units_Id_Slug] ON [Units] ([Id]) INCLUDE ([Slug], [ShortName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201065241_WholeDatasetGrowth'
)
BEGIN
    CREATE INDEX [IX_Projects_Amount_Desc] ON [Projects] ([Amount] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201065241_WholeDatasetGrowth'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201065241_WholeDatasetGrowth', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    DROP INDEX [IX_Indicators_BudgetId] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    ALTER TABLE [NameGrams] ADD [Value] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    UPDATE g SET g.[Value] = i.[NumericTarget]
    FROM [NameGrams] AS g INNER JOIN [Indicators] AS i ON i.[Id] = g.[EntityId]
    WHERE g.[Kind] = 4;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    CREATE INDEX [IX_NameGrams_Kind_Gram_Value] ON [NameGrams] ([Kind], [Gram], [Value]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_BudgetId_ProjectId_Ordinal] ON [Indicators] ([BudgetId], [ProjectId], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201085949_TextSearchIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201085949_TextSearchIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    CREATE TABLE [ExpenditureSubjectTotals] (
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        [Label] nvarchar(400) NOT NULL,
        [Sum] bigint NOT NULL,
        [Count] int NOT NULL,
        [Min] bigint NULL,
        [Max] bigint NULL,
        CONSTRAINT [PK_ExpenditureSubjectTotals] PRIMARY KEY ([TableKind], [Level], [Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    CREATE TABLE [ExpenditureUnitTotals] (
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [UnitId] int NOT NULL,
        [Slug] nvarchar(64) NOT NULL,
        [Sum] bigint NOT NULL,
        [Count] int NOT NULL,
        [Min] bigint NULL,
        [Max] bigint NULL,
        CONSTRAINT [PK_ExpenditureUnitTotals] PRIMARY KEY ([UnitId], [TableKind], [Level]),
        CONSTRAINT [FK_ExpenditureUnitTotals_Units_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Units] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Compare_Total] ON [ExpenditureLines] ([TableKind], [Level], [Code], [Total] DESC, [Id]) INCLUDE ([FiscalYear], [UnitId], [BudgetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    CREATE INDEX [IX_ExpenditureUnitTotals_Slug] ON [ExpenditureUnitTotals] ([TableKind], [Level], [Slug]) INCLUDE ([UnitId], [Sum], [Count], [Min], [Max]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    CREATE INDEX [IX_ExpenditureUnitTotals_Sum] ON [ExpenditureUnitTotals] ([TableKind], [Level], [Sum] DESC, [Slug]) INCLUDE ([UnitId], [Count], [Min], [Max]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    INSERT INTO "ExpenditureUnitTotals" ("UnitId", "TableKind", "Level", "Slug", "Sum", "Count", "Min", "Max")
    SELECT u."Id", t."TableKind", t."Level", u."Slug", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
    FROM "Units" AS u
    INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
    INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
    GROUP BY u."Id", u."Slug", t."TableKind", t."Level";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    INSERT INTO "ExpenditureSubjectTotals" ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
    SELECT l."TableKind", l."Level", l."Code", MAX(l."Name"), SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
    FROM "ExpenditureLines" AS l
    GROUP BY l."TableKind", l."Level", l."Code";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201101302_AggregateTotals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201101302_AggregateTotals', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    CREATE TABLE [ExpenditureYearTotals] (
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [FiscalYear] int NOT NULL,
        [Sum] bigint NOT NULL,
        [Count] int NOT NULL,
        [Min] bigint NULL,
        [Max] bigint NULL,
        CONSTRAINT [PK_ExpenditureYearTotals] PRIMARY KEY ([TableKind], [Level], [FiscalYear])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    CREATE TABLE [NameGramCounts] (
        [Kind] tinyint NOT NULL,
        [Gram] nchar(2) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_NameGramCounts] PRIMARY KEY ([Kind], [Gram])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    CREATE INDEX [IX_Budgets_ExpenditureTotal_Desc] ON [Budgets] ([ExpenditureTotal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_ExpenditureTotal_Desc] ON [Budgets] ([FiscalYear], [ExpenditureTotal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
    SELECT t."TableKind", t."Level", t."FiscalYear", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
    FROM "ExpenditureLevelTotals" AS t
    GROUP BY t."TableKind", t."Level", t."FiscalYear";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
    SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" GROUP BY "Kind", "Gram";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201112140_GrowthTotals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201112140_GrowthTotals', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140033_CompareTotalValues'
)
BEGIN
    CREATE TABLE [ExpenditureTotalValues] (
        [TableKind] nvarchar(48) NOT NULL,
        [Level] nvarchar(48) NOT NULL,
        [Code] nvarchar(200) NOT NULL,
        [FiscalYear] int NOT NULL,
        [Value] bigint NOT NULL,
        [LineCount] int NOT NULL,
        CONSTRAINT [PK_ExpenditureTotalValues] PRIMARY KEY ([TableKind], [Level], [Code], [FiscalYear], [Value])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140033_CompareTotalValues'
)
BEGIN
    CREATE INDEX [IX_ExpenditureTotalValues_Overall] ON [ExpenditureTotalValues] ([TableKind], [Level], [Code], [Value], [FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140033_CompareTotalValues'
)
BEGIN
    INSERT INTO "ExpenditureTotalValues" ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
    SELECT g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0), SUM(g."N")
    FROM (
        SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total", COUNT(*) AS "N"
        FROM "ExpenditureLines" AS l
        GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total"
    ) AS g
    GROUP BY g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140033_CompareTotalValues'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201140033_CompareTotalValues', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201163655_DistrictUnitCounts'
)
BEGIN
    ALTER TABLE [ExpenditureDistrictTotals] ADD [Units] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201163655_DistrictUnitCounts'
)
BEGIN
    EXEC(N'
    DELETE FROM "ExpenditureDistrictTotals";
    INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")
    SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max"), COUNT(DISTINCT u."Id")
    FROM "Units" AS u
    INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
    INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
    GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '''');
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201163655_DistrictUnitCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201163655_DistrictUnitCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201212830_NameGramValueCounts'
)
BEGIN
    CREATE TABLE [NameGramValueCounts] (
        [Kind] tinyint NOT NULL,
        [Gram] nchar(2) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [Value] bigint NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_NameGramValueCounts] PRIMARY KEY ([Kind], [Gram], [Value])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201212830_NameGramValueCounts'
)
BEGIN
    INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
    SELECT "Kind", "Gram", "Value", COUNT(*) FROM "NameGrams" WHERE "Value" IS NOT NULL GROUP BY "Kind", "Gram", "Value";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201212830_NameGramValueCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201212830_NameGramValueCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141241_UnitsByDistrict'
)
BEGIN
    CREATE INDEX [IX_Units_DistrictName] ON [Units] ([DistrictName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202141241_UnitsByDistrict'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202141241_UnitsByDistrict', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202154638_LoaderRevisions'
)
BEGIN
    ALTER TABLE [SourceDocuments] ADD [LoaderRevision] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202154638_LoaderRevisions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202154638_LoaderRevisions', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202183912_ReadingDigests'
)
BEGIN
    ALTER TABLE [SourceDocuments] ADD [ReadingSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202183912_ReadingDigests'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202183912_ReadingDigests', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    ALTER TABLE [Budgets] ADD [Expenditure] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    EXEC(N'UPDATE "Budgets" SET "Expenditure" = COALESCE("ExpenditureTotal", "PerformanceBudget");');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    CREATE INDEX [IX_Budgets_Expenditure] ON [Budgets] ([Expenditure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    CREATE INDEX [IX_Budgets_Expenditure_Desc] ON [Budgets] ([Expenditure] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_Expenditure] ON [Budgets] ([FiscalYear], [Expenditure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_Expenditure_Desc] ON [Budgets] ([FiscalYear], [Expenditure] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203052112_ServedExpenditure'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203052112_ServedExpenditure', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101215_ExpenditureLineIndexes'
)
BEGIN
    DROP INDEX [IX_ExpenditureLines_Aggregate_Subject] ON [ExpenditureLines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101215_ExpenditureLineIndexes'
)
BEGIN
    DROP INDEX [IX_ExpenditureLines_Compare_Total] ON [ExpenditureLines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101215_ExpenditureLineIndexes'
)
BEGIN
    DROP INDEX [IX_ExpenditureLines_Total] ON [ExpenditureLines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101215_ExpenditureLineIndexes'
)
BEGIN
    CREATE INDEX [IX_ExpenditureLines_Compare_Total] ON [ExpenditureLines] ([TableKind], [Level], [Code], [Total] DESC, [Id]) INCLUDE ([FiscalYear], [UnitId], [BudgetId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101215_ExpenditureLineIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203101215_ExpenditureLineIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203103923_ComputedExpenditure'
)
BEGIN
    DROP INDEX [IX_Budgets_Expenditure] ON [Budgets];
    DROP INDEX [IX_Budgets_Expenditure_Desc] ON [Budgets];
    DROP INDEX [IX_Budgets_FiscalYear_Expenditure] ON [Budgets];
    DROP INDEX [IX_Budgets_FiscalYear_Expenditure_Desc] ON [Budgets];
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Budgets]') AND [c].[name] = N'Expenditure');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Budgets] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Budgets] DROP COLUMN [Expenditure];
    EXEC(N'ALTER TABLE [Budgets] ADD [Expenditure] AS COALESCE("ExpenditureTotal", "PerformanceBudget") PERSISTED');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203103923_ComputedExpenditure'
)
BEGIN
    CREATE INDEX [IX_Budgets_Expenditure] ON [Budgets] ([Expenditure]);
    CREATE INDEX [IX_Budgets_Expenditure_Desc] ON [Budgets] ([Expenditure] DESC);
    CREATE INDEX [IX_Budgets_FiscalYear_Expenditure] ON [Budgets] ([FiscalYear], [Expenditure]);
    CREATE INDEX [IX_Budgets_FiscalYear_Expenditure_Desc] ON [Budgets] ([FiscalYear], [Expenditure] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203103923_ComputedExpenditure'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203103923_ComputedExpenditure', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135358_UnitSlugNameIndex'
)
BEGIN
    CREATE INDEX [IX_Units_Slug_OfficialName] ON [Units] ([Slug]) INCLUDE ([OfficialName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135358_UnitSlugNameIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203135358_UnitSlugNameIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203175545_UnitNameStartGrams'
)
BEGIN
    DELETE FROM [NameGrams] WHERE [Kind] IN (5, 6);
    DELETE FROM [NameGramCounts] WHERE [Kind] IN (5, 6);
    INSERT INTO [NameGrams] ([Kind], [Gram], [EntityId])
    SELECT [Kind], [Gram], [EntityId] FROM (
        SELECT CAST(5 AS tinyint) AS [Kind], SUBSTRING([OfficialName], 1, 2) COLLATE Latin1_General_100_BIN2 AS [Gram], [Id] AS [EntityId] FROM [Units]
        UNION ALL SELECT CAST(6 AS tinyint), SUBSTRING([ShortName], 1, 2) COLLATE Latin1_General_100_BIN2, [Id] FROM [Units]) AS [s]
    WHERE DATALENGTH([Gram]) = 4
      AND UNICODE(SUBSTRING([Gram], 1, 1)) BETWEEN 19968 AND 40959
      AND UNICODE(SUBSTRING([Gram], 2, 1)) BETWEEN 19968 AND 40959;
    INSERT INTO [NameGramCounts] ([Kind], [Gram], [Count])
    SELECT [Kind], [Gram], COUNT(*) FROM [NameGrams] WHERE [Kind] IN (5, 6) GROUP BY [Kind], [Gram];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203175545_UnitNameStartGrams'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203175545_UnitNameStartGrams', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203184706_UnitNameGramSlugs'
)
BEGIN
    ALTER TABLE [NameGrams] ADD [Slug] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203184706_UnitNameGramSlugs'
)
BEGIN
    UPDATE g SET g.[Slug] = u.[Slug]
    FROM [NameGrams] AS g INNER JOIN [Units] AS u ON u.[Id] = g.[EntityId]
    WHERE g.[Kind] IN (1, 2, 5, 6);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203184706_UnitNameGramSlugs'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_NameGrams_Kind_Gram_Slug] ON [NameGrams] ([Kind], [Gram], [Slug]) WHERE [Slug] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203184706_UnitNameGramSlugs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203184706_UnitNameGramSlugs', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_DistrictName_Desc] ON [Units] ([DistrictName] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_OfficialName] ON [Units] ([OfficialName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_OfficialName_Desc] ON [Units] ([OfficialName] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_ShortName] ON [Units] ([ShortName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_ShortName_Desc] ON [Units] ([ShortName] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_UnitCode] ON [Units] ([UnitCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_UnitCode_Desc] ON [Units] ([UnitCode] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Category] ON [Projects] ([Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Category_Desc] ON [Projects] ([Category] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Code] ON [Projects] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Code_Desc] ON [Projects] ([Code] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear] ON [Projects] ([FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Desc] ON [Projects] ([FiscalYear] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_HasCoreIndicator] ON [Projects] ([HasCoreIndicator]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Name_Desc] ON [Projects] ([Name] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Ordinal] ON [Projects] ([Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Ordinal_Desc] ON [Projects] ([Ordinal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear] ON [Indicators] ([FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_Desc] ON [Indicators] ([FiscalYear] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_IsCore] ON [Indicators] ([IsCore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Level1] ON [Indicators] ([Level1]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Level2] ON [Indicators] ([Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Level3] ON [Indicators] ([Level3]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Name_Desc] ON [Indicators] ([Name] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget] ON [Indicators] ([NumericTarget]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget_Desc] ON [Indicators] ([NumericTarget] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Operator] ON [Indicators] ([Operator]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Ordinal] ON [Indicators] ([Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Ordinal_Desc] ON [Indicators] ([Ordinal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_UnitOfMeasure] ON [Indicators] ([UnitOfMeasure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Weight] ON [Indicators] ([Weight]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_Weight_Desc] ON [Indicators] ([Weight] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_BasicExpenditure] ON [Budgets] ([BasicExpenditure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_BasicExpenditure_Desc] ON [Budgets] ([BasicExpenditure] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_CarryOver] ON [Budgets] ([CarryOver]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_Desc] ON [Budgets] ([FiscalYear] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_IncomeTotal] ON [Budgets] ([IncomeTotal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_IncomeTotal_Desc] ON [Budgets] ([IncomeTotal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_PerformanceBudget] ON [Budgets] ([PerformanceBudget]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_PerformanceBudget_Desc] ON [Budgets] ([PerformanceBudget] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_ProcurementTotal] ON [Budgets] ([ProcurementTotal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_ProjectExpenditure] ON [Budgets] ([ProjectExpenditure]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    CREATE INDEX [IX_Budgets_ProjectExpenditure_Desc] ON [Budgets] ([ProjectExpenditure] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204095329_ConnectionSortAndFilterIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204095329_ConnectionSortAndFilterIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204103014_RowCounts'
)
BEGIN
    CREATE TABLE [RowCounts] (
        [Name] nvarchar(64) NOT NULL,
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_RowCounts] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204103014_RowCounts'
)
BEGIN
    INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Projects', COUNT(*) FROM "Projects";
    INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators', COUNT(*) FROM "Indicators";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204103014_RowCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204103014_RowCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204123340_FreeTextEqualityIndexes'
)
BEGIN
    CREATE INDEX [IX_Units_EnglishName] ON [Units] ([EnglishName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204123340_FreeTextEqualityIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_Department] ON [Projects] ([Department]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204123340_FreeTextEqualityIndexes'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Indicators_TextTarget] ON [Indicators] ([TextTarget]) WHERE [TextTarget] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204123340_FreeTextEqualityIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204123340_FreeTextEqualityIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131255_ValueCounts'
)
BEGIN
    CREATE TABLE [ValueCounts] (
        [Id] int NOT NULL IDENTITY,
        [Column] nvarchar(64) NOT NULL,
        [Value] nvarchar(400) NULL,
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_ValueCounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131255_ValueCounts'
)
BEGIN
    CREATE INDEX [IX_ValueCounts_Column_Value] ON [ValueCounts] ([Column], [Value]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131255_ValueCounts'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Category', "Category", COUNT(*) FROM "Projects" GROUP BY "Category";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Category', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.Category' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Department', "Department", COUNT(*) FROM "Projects" GROUP BY "Department";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.Department', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.Department' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level1', "Level1", COUNT(*) FROM "Indicators" GROUP BY "Level1";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level1', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level1' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level2', "Level2", COUNT(*) FROM "Indicators" GROUP BY "Level2";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level2', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level2' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level3', "Level3", COUNT(*) FROM "Indicators" GROUP BY "Level3";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Level3', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Level3' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.UnitOfMeasure', "UnitOfMeasure", COUNT(*) FROM "Indicators" GROUP BY "UnitOfMeasure";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.UnitOfMeasure', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.UnitOfMeasure' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Operator', "Operator", COUNT(*) FROM "Indicators" GROUP BY "Operator";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Operator', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Operator' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.TextTarget', "TextTarget", COUNT(*) FROM "Indicators" GROUP BY "TextTarget";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.TextTarget', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.TextTarget' AND "Value" IS NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131255_ValueCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204131255_ValueCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204135906_ValueCountNumbers'
)
BEGIN
    ALTER TABLE [ValueCounts] ADD [Number] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204135906_ValueCountNumbers'
)
BEGIN
    EXEC(N'
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Projects.FiscalYear'', "FiscalYear", COUNT(*) FROM "Projects" GROUP BY "FiscalYear";
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Projects.FiscalYear'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Projects.FiscalYear'' AND "Number" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Indicators.FiscalYear'', "FiscalYear", COUNT(*) FROM "Indicators" GROUP BY "FiscalYear";
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT ''Indicators.FiscalYear'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Indicators.FiscalYear'' AND "Number" IS NULL);
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204135906_ValueCountNumbers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204135906_ValueCountNumbers', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204141927_ValueCountFlags'
)
BEGIN
    ALTER TABLE [ValueCounts] ADD [Flag] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204141927_ValueCountFlags'
)
BEGIN
    EXEC(N'
    INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT ''Projects.HasCoreIndicator'', "HasCoreIndicator", COUNT(*) FROM "Projects" GROUP BY "HasCoreIndicator";
    INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT ''Projects.HasCoreIndicator'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Projects.HasCoreIndicator'' AND "Flag" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT ''Indicators.IsCore'', "IsCore", COUNT(*) FROM "Indicators" GROUP BY "IsCore";
    INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT ''Indicators.IsCore'', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = ''Indicators.IsCore'' AND "Flag" IS NULL);
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204141927_ValueCountFlags'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204141927_ValueCountFlags', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204152854_ValueCountTargets'
)
BEGIN
    CREATE INDEX [IX_ValueCounts_Column_Number] ON [ValueCounts] ([Column], [Number]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204152854_ValueCountTargets'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', "Weight", COUNT(*) FROM "Indicators" GROUP BY "Weight";
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Weight' AND "Number" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', "NumericTarget", COUNT(*) FROM "Indicators" GROUP BY "NumericTarget";
    INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.NumericTarget' AND "Number" IS NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204152854_ValueCountTargets'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204152854_ValueCountTargets', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160826_SourceDocumentLoaderRevisionIndex'
)
BEGIN
    CREATE INDEX [IX_SourceDocuments_LoaderRevision] ON [SourceDocuments] ([LoaderRevision]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160826_SourceDocumentLoaderRevisionIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204160826_SourceDocumentLoaderRevisionIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204174116_AmountBandCounts'
)
BEGIN
    CREATE TABLE [AmountBandCounts] (
        [Id] int NOT NULL IDENTITY,
        [Column] nvarchar(64) NOT NULL,
        [FiscalYear] int NOT NULL,
        [Band] bigint NULL,
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_AmountBandCounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204174116_AmountBandCounts'
)
BEGIN
    CREATE INDEX [IX_AmountBandCounts_Column_Band_FiscalYear] ON [AmountBandCounts] ([Column], [Band], [FiscalYear]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204174116_AmountBandCounts'
)
BEGIN
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.IncomeTotal', "FiscalYear", CASE WHEN "IncomeTotal" < 0 THEN -1 WHEN "IncomeTotal" < 100 THEN "IncomeTotal" WHEN "IncomeTotal" < CAST(1000 AS BIGINT) THEN "IncomeTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "IncomeTotal" < CAST(10000 AS BIGINT) THEN "IncomeTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "IncomeTotal" < CAST(100000 AS BIGINT) THEN "IncomeTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "IncomeTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "IncomeTotal" < 0 THEN -1 WHEN "IncomeTotal" < 100 THEN "IncomeTotal" WHEN "IncomeTotal" < CAST(1000 AS BIGINT) THEN "IncomeTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "IncomeTotal" < CAST(10000 AS BIGINT) THEN "IncomeTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "IncomeTotal" < CAST(100000 AS BIGINT) THEN "IncomeTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "IncomeTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.Expenditure', "FiscalYear", CASE WHEN "Expenditure" < 0 THEN -1 WHEN "Expenditure" < 100 THEN "Expenditure" WHEN "Expenditure" < CAST(1000 AS BIGINT) THEN "Expenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Expenditure" < CAST(10000 AS BIGINT) THEN "Expenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Expenditure" < CAST(100000 AS BIGINT) THEN "Expenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Expenditure" < CAST(1000000 AS BIGINT) THEN "Expenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Expenditure" < CAST(10000000 AS BIGINT) THEN "Expenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Expenditure" < CAST(100000000 AS BIGINT) THEN "Expenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Expenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "Expenditure" < 0 THEN -1 WHEN "Expenditure" < 100 THEN "Expenditure" WHEN "Expenditure" < CAST(1000 AS BIGINT) THEN "Expenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Expenditure" < CAST(10000 AS BIGINT) THEN "Expenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Expenditure" < CAST(100000 AS BIGINT) THEN "Expenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Expenditure" < CAST(1000000 AS BIGINT) THEN "Expenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Expenditure" < CAST(10000000 AS BIGINT) THEN "Expenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Expenditure" < CAST(100000000 AS BIGINT) THEN "Expenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Expenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ExpenditureTotal', "FiscalYear", CASE WHEN "ExpenditureTotal" < 0 THEN -1 WHEN "ExpenditureTotal" < 100 THEN "ExpenditureTotal" WHEN "ExpenditureTotal" < CAST(1000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ExpenditureTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ExpenditureTotal" < 0 THEN -1 WHEN "ExpenditureTotal" < 100 THEN "ExpenditureTotal" WHEN "ExpenditureTotal" < CAST(1000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ExpenditureTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.PerformanceBudget', "FiscalYear", CASE WHEN "PerformanceBudget" < 0 THEN -1 WHEN "PerformanceBudget" < 100 THEN "PerformanceBudget" WHEN "PerformanceBudget" < CAST(1000 AS BIGINT) THEN "PerformanceBudget" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000 AS BIGINT) THEN "PerformanceBudget" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "PerformanceBudget" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "PerformanceBudget" < 0 THEN -1 WHEN "PerformanceBudget" < 100 THEN "PerformanceBudget" WHEN "PerformanceBudget" < CAST(1000 AS BIGINT) THEN "PerformanceBudget" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000 AS BIGINT) THEN "PerformanceBudget" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "PerformanceBudget" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.BasicExpenditure', "FiscalYear", CASE WHEN "BasicExpenditure" < 0 THEN -1 WHEN "BasicExpenditure" < 100 THEN "BasicExpenditure" WHEN "BasicExpenditure" < CAST(1000 AS BIGINT) THEN "BasicExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000 AS BIGINT) THEN "BasicExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "BasicExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "BasicExpenditure" < 0 THEN -1 WHEN "BasicExpenditure" < 100 THEN "BasicExpenditure" WHEN "BasicExpenditure" < CAST(1000 AS BIGINT) THEN "BasicExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000 AS BIGINT) THEN "BasicExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "BasicExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ProjectExpenditure', "FiscalYear", CASE WHEN "ProjectExpenditure" < 0 THEN -1 WHEN "ProjectExpenditure" < 100 THEN "ProjectExpenditure" WHEN "ProjectExpenditure" < CAST(1000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProjectExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ProjectExpenditure" < 0 THEN -1 WHEN "ProjectExpenditure" < 100 THEN "ProjectExpenditure" WHEN "ProjectExpenditure" < CAST(1000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProjectExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.CarryOver', "FiscalYear", CASE WHEN "CarryOver" < 0 THEN -1 WHEN "CarryOver" < 100 THEN "CarryOver" WHEN "CarryOver" < CAST(1000 AS BIGINT) THEN "CarryOver" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "CarryOver" < CAST(10000 AS BIGINT) THEN "CarryOver" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "CarryOver" < CAST(100000 AS BIGINT) THEN "CarryOver" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "CarryOver" < CAST(1000000 AS BIGINT) THEN "CarryOver" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "CarryOver" < CAST(10000000 AS BIGINT) THEN "CarryOver" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "CarryOver" < CAST(100000000 AS BIGINT) THEN "CarryOver" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "CarryOver" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "CarryOver" < 0 THEN -1 WHEN "CarryOver" < 100 THEN "CarryOver" WHEN "CarryOver" < CAST(1000 AS BIGINT) THEN "CarryOver" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "CarryOver" < CAST(10000 AS BIGINT) THEN "CarryOver" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "CarryOver" < CAST(100000 AS BIGINT) THEN "CarryOver" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "CarryOver" < CAST(1000000 AS BIGINT) THEN "CarryOver" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "CarryOver" < CAST(10000000 AS BIGINT) THEN "CarryOver" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "CarryOver" < CAST(100000000 AS BIGINT) THEN "CarryOver" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "CarryOver" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ProcurementTotal', "FiscalYear", CASE WHEN "ProcurementTotal" < 0 THEN -1 WHEN "ProcurementTotal" < 100 THEN "ProcurementTotal" WHEN "ProcurementTotal" < CAST(1000 AS BIGINT) THEN "ProcurementTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000 AS BIGINT) THEN "ProcurementTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProcurementTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ProcurementTotal" < 0 THEN -1 WHEN "ProcurementTotal" < 100 THEN "ProcurementTotal" WHEN "ProcurementTotal" < CAST(1000 AS BIGINT) THEN "ProcurementTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000 AS BIGINT) THEN "ProcurementTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProcurementTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
    INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Projects.Amount', "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Projects" GROUP BY "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;

END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204174116_AmountBandCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204174116_AmountBandCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204192737_ProjectDepartmentGrams'
)
BEGIN
    DELETE FROM [NameGrams] WHERE [Kind] = 7;
    DELETE FROM [NameGramCounts] WHERE [Kind] = 7;
    WITH [at] ([EntityId], [Name], [I]) AS (
        SELECT [Id], [Department], 1 FROM [Projects] WHERE DATALENGTH([Department]) >= 4
        UNION ALL SELECT [EntityId], [Name], [I] + 1 FROM [at] WHERE ([I] + 1) * 2 < DATALENGTH([Name]))
    INSERT INTO [NameGrams] ([Kind], [Gram], [EntityId])
    SELECT DISTINCT CAST(7 AS tinyint), SUBSTRING([Name], [I], 2) COLLATE Latin1_General_100_BIN2, [EntityId] FROM [at]
    WHERE UNICODE(SUBSTRING([Name], [I], 1)) BETWEEN 19968 AND 40959
      AND UNICODE(SUBSTRING([Name], [I] + 1, 1)) BETWEEN 19968 AND 40959
    OPTION (MAXRECURSION 0);
    INSERT INTO [NameGramCounts] ([Kind], [Gram], [Count])
    SELECT [Kind], [Gram], COUNT(*) FROM [NameGrams] WHERE [Kind] = 7 GROUP BY [Kind], [Gram];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204192737_ProjectDepartmentGrams'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204192737_ProjectDepartmentGrams', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205014929_IndicatorUnitIndex'
)
BEGIN
    CREATE INDEX [IX_Indicators_UnitId] ON [Indicators] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205014929_IndicatorUnitIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205014929_IndicatorUnitIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205030808_BudgetIndicatorRows'
)
BEGIN
    ALTER TABLE [Budgets] ADD [IndicatorRows] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205030808_BudgetIndicatorRows'
)
BEGIN
    EXEC(N'UPDATE "Budgets" SET "IndicatorRows" = (SELECT COUNT(*) FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205030808_BudgetIndicatorRows'
)
BEGIN
    CREATE INDEX [IX_Budgets_UnitId_IndicatorRows] ON [Budgets] ([UnitId]) INCLUDE ([IndicatorRows]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205030808_BudgetIndicatorRows'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205030808_BudgetIndicatorRows', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205045016_UnitYearIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_UnitId_FiscalYear] ON [Projects] ([UnitId], [FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205045016_UnitYearIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_UnitId_FiscalYear] ON [Indicators] ([UnitId], [FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205045016_UnitYearIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205045016_UnitYearIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205065554_BudgetUnitIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205065554_BudgetUnitIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205070750_IndicatorProjectIndex'
)
BEGIN
    CREATE INDEX [IX_Indicators_ProjectId] ON [Indicators] ([ProjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205070750_IndicatorProjectIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205070750_IndicatorProjectIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205092259_IndicatorUnitCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_UnitId_FiscalYear] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205092259_IndicatorUnitCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_UnitId_FiscalYear_Categories] ON [Indicators] ([UnitId], [FiscalYear]) INCLUDE ([IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205092259_IndicatorUnitCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205092259_IndicatorUnitCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    ALTER TABLE [Projects] ADD [DistrictName] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    ALTER TABLE [Indicators] ADD [DistrictName] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    UPDATE "Projects" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Projects"."UnitId");
    UPDATE "Indicators" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Indicators"."UnitId");
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', "DistrictName", COUNT(*) FROM "Projects" GROUP BY "DistrictName";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.DistrictName' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', "DistrictName", COUNT(*) FROM "Indicators" GROUP BY "DistrictName";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.DistrictName' AND "Value" IS NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    CREATE INDEX [IX_Projects_DistrictName] ON [Projects] ([DistrictName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    CREATE INDEX [IX_Indicators_DistrictName] ON [Indicators] ([DistrictName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205113522_CarriedDistricts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205113522_CarriedDistricts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205123728_BudgetDistricts'
)
BEGIN
    ALTER TABLE [Budgets] ADD [DistrictName] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205123728_BudgetDistricts'
)
BEGIN
    UPDATE "Budgets" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Budgets"."UnitId");
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205123728_BudgetDistricts'
)
BEGIN
    CREATE INDEX [IX_Budgets_DistrictName] ON [Budgets] ([DistrictName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205123728_BudgetDistricts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205123728_BudgetDistricts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205140510_IndicatorDistrictCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_DistrictName] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205140510_IndicatorDistrictCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_DistrictName_Categories] ON [Indicators] ([DistrictName], [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205140510_IndicatorDistrictCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205140510_IndicatorDistrictCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205143106_DistrictCategories'
)
BEGIN
    DROP INDEX [IX_Projects_DistrictName] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205143106_DistrictCategories'
)
BEGIN
    DROP INDEX [IX_Budgets_DistrictName] ON [Budgets];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205143106_DistrictCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_DistrictName_Categories] ON [Projects] ([DistrictName], [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205143106_DistrictCategories'
)
BEGIN
    CREATE INDEX [IX_Budgets_DistrictName_Year] ON [Budgets] ([DistrictName], [Id]) INCLUDE ([FiscalYear], [IndicatorRows]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205143106_DistrictCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205143106_DistrictCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205154251_BudgetCoreIndicatorRows'
)
BEGIN
    DROP INDEX [IX_Budgets_DistrictName_Year] ON [Budgets];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205154251_BudgetCoreIndicatorRows'
)
BEGIN
    ALTER TABLE [Budgets] ADD [CoreIndicatorRows] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205154251_BudgetCoreIndicatorRows'
)
BEGIN
    UPDATE "Budgets" SET "CoreIndicatorRows" = (SELECT COALESCE(SUM(CASE WHEN i."IsCore" = 1 THEN 1 ELSE 0 END), 0)
    FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205154251_BudgetCoreIndicatorRows'
)
BEGIN
    CREATE INDEX [IX_Budgets_DistrictName_Year] ON [Budgets] ([DistrictName], [Id]) INCLUDE ([FiscalYear], [IndicatorRows], [CoreIndicatorRows]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205154251_BudgetCoreIndicatorRows'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205154251_BudgetCoreIndicatorRows', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163544_BudgetDistrictCounts'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', "DistrictName", COUNT(*) FROM "Budgets" GROUP BY "DistrictName";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Budgets.DistrictName' AND "Value" IS NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163544_BudgetDistrictCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205163544_BudgetDistrictCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165626_IndicatorProjectCategories'
)
BEGIN
    ALTER TABLE [Indicators] ADD [ProjectCategory] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165626_IndicatorProjectCategories'
)
BEGIN
    UPDATE "Indicators" SET "ProjectCategory" = (SELECT p."Category" FROM "Projects" AS p WHERE p."Id" = "Indicators"."ProjectId") WHERE "ProjectId" IS NOT NULL;
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', "ProjectCategory", COUNT(*) FROM "Indicators" GROUP BY "ProjectCategory";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.ProjectCategory' AND "Value" IS NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165626_IndicatorProjectCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_ProjectCategory] ON [Indicators] ([ProjectCategory]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165626_IndicatorProjectCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205165626_IndicatorProjectCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205183930_ValueCountsInDistricts'
)
BEGIN
    ALTER TABLE [ValueCounts] ADD [DistrictName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205183930_ValueCountsInDistricts'
)
BEGIN
    CREATE INDEX [IX_ValueCounts_Column_DistrictName_Value] ON [ValueCounts] ([Column], [DistrictName], [Value]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205183930_ValueCountsInDistricts'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Operator@District', "DistrictName", "Operator", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Operator";
    INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level1@District', "DistrictName", "Level1", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level1";
    INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level2@District', "DistrictName", "Level2", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level2";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205183930_ValueCountsInDistricts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205183930_ValueCountsInDistricts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205205929_DataRevisions'
)
BEGIN
    CREATE TABLE [DataRevisions] (
        [Id] int NOT NULL,
        [Number] bigint NOT NULL,
        CONSTRAINT [PK_DataRevisions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205205929_DataRevisions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205205929_DataRevisions', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205215215_IndicatorCardCategoryIndex'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Indicators_CardCategory] ON [Indicators] ([ProjectCategory]) WHERE [ProjectId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205215215_IndicatorCardCategoryIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205215215_IndicatorCardCategoryIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205232848_IndicatorsWithoutProjectCount'
)
BEGIN
    DELETE FROM "RowCounts" WHERE "Name" = 'Indicators.WithoutProject';
    INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators.WithoutProject', COUNT(*) FROM "Indicators" WHERE "ProjectId" IS NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205232848_IndicatorsWithoutProjectCount'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205232848_IndicatorsWithoutProjectCount', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035502_IndicatorFacetCounts'
)
BEGIN
    CREATE TABLE [IndicatorFacetCounts] (
        [Id] int NOT NULL IDENTITY,
        [FiscalYear] int NOT NULL,
        [Level1] nvarchar(400) NULL,
        [Level2] nvarchar(400) NULL,
        [Operator] nvarchar(400) NULL,
        [IsCore] bit NULL,
        [Weight] bigint NULL,
        [ProjectCategory] nvarchar(400) NULL,
        [Count] bigint NOT NULL,
        CONSTRAINT [PK_IndicatorFacetCounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035502_IndicatorFacetCounts'
)
BEGIN
    CREATE INDEX [IX_IndicatorFacetCounts_FiscalYear] ON [IndicatorFacetCounts] ([FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035502_IndicatorFacetCounts'
)
BEGIN
    INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count")
    SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*) FROM "Indicators"
    GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206035502_IndicatorFacetCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206035502_IndicatorFacetCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206043311_IndicatorFacetKeyBounds'
)
BEGIN
    ALTER TABLE [IndicatorFacetCounts] ADD [FirstId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206043311_IndicatorFacetKeyBounds'
)
BEGIN
    ALTER TABLE [IndicatorFacetCounts] ADD [LastId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206043311_IndicatorFacetKeyBounds'
)
BEGIN
    EXEC(N'
    DELETE FROM "IndicatorFacetCounts";
    INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count", "FirstId", "LastId")
    SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
    GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206043311_IndicatorFacetKeyBounds'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206043311_IndicatorFacetKeyBounds', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206050939_ProjectFacetCounts'
)
BEGIN
    CREATE TABLE [ProjectFacetCounts] (
        [Id] int NOT NULL IDENTITY,
        [FiscalYear] int NOT NULL,
        [Category] nvarchar(400) NULL,
        [HasCoreIndicator] bit NOT NULL,
        [Count] bigint NOT NULL,
        [FirstId] int NOT NULL,
        [LastId] int NOT NULL,
        CONSTRAINT [PK_ProjectFacetCounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206050939_ProjectFacetCounts'
)
BEGIN
    CREATE INDEX [IX_ProjectFacetCounts_FiscalYear] ON [ProjectFacetCounts] ([FiscalYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206050939_ProjectFacetCounts'
)
BEGIN
    INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "Count", "FirstId", "LastId")
    SELECT "FiscalYear", "Category", "HasCoreIndicator", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
    GROUP BY "FiscalYear", "Category", "HasCoreIndicator";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206050939_ProjectFacetCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206050939_ProjectFacetCounts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206060608_IndicatorFacetUnitOfMeasure'
)
BEGIN
    ALTER TABLE [IndicatorFacetCounts] ADD [UnitOfMeasure] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206060608_IndicatorFacetUnitOfMeasure'
)
BEGIN
    EXEC(N'
    DELETE FROM "IndicatorFacetCounts";
    INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "Count", "FirstId", "LastId")
    SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
    GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206060608_IndicatorFacetUnitOfMeasure'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206060608_IndicatorFacetUnitOfMeasure', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206064241_IndicatorTargetCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_NumericTarget_Name] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206064241_IndicatorTargetCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget_Name_Categories] ON [Indicators] ([NumericTarget]) INCLUDE ([Name], [FiscalYear], [IsCore], [Operator], [UnitOfMeasure], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206064241_IndicatorTargetCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206064241_IndicatorTargetCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206070155_IndicatorTextTargetCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_TextTarget] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206070155_IndicatorTextTargetCategories'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Indicators_TextTarget_Categories] ON [Indicators] ([TextTarget], [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [UnitOfMeasure], [Level1], [Level2]) WHERE [TextTarget] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206070155_IndicatorTextTargetCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206070155_IndicatorTextTargetCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206071930_ProjectAmountCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Amount_Categories] ON [Projects] ([Amount]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206071930_ProjectAmountCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206071930_ProjectAmountCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206082632_BudgetAmountsIndex'
)
BEGIN
    CREATE INDEX [IX_Budgets_FiscalYear_Amounts] ON [Budgets] ([FiscalYear]) INCLUDE ([IncomeTotal], [Expenditure], [ExpenditureTotal], [PerformanceBudget], [BasicExpenditure], [ProjectExpenditure], [CarryOver], [ProcurementTotal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206082632_BudgetAmountsIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206082632_BudgetAmountsIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084027_ProjectDepartmentCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Department] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084027_ProjectDepartmentCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Department_Categories] ON [Projects] ([Department], [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category], [Amount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206084027_ProjectDepartmentCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206084027_ProjectDepartmentCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206092258_IndicatorFacetTargets'
)
BEGIN
    ALTER TABLE [IndicatorFacetCounts] ADD [NumericTarget] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206092258_IndicatorFacetTargets'
)
BEGIN
    ALTER TABLE [IndicatorFacetCounts] ADD [TextTarget] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206092258_IndicatorFacetTargets'
)
BEGIN
    EXEC(N'
    DELETE FROM "IndicatorFacetCounts";
    INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", "Count", "FirstId", "LastId")
    SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
    GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206092258_IndicatorFacetTargets'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206092258_IndicatorFacetTargets', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206130258_ProjectFacetDistrict'
)
BEGIN
    ALTER TABLE [ProjectFacetCounts] ADD [DistrictName] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206130258_ProjectFacetDistrict'
)
BEGIN
    EXEC(N'
    DELETE FROM "ProjectFacetCounts";
    INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "DistrictName", "Count", "FirstId", "LastId")
    SELECT "FiscalYear", "Category", "HasCoreIndicator", "DistrictName", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
    GROUP BY "FiscalYear", "Category", "HasCoreIndicator", "DistrictName";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206130258_ProjectFacetDistrict'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206130258_ProjectFacetDistrict', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206152044_ValueCountsInYears'
)
BEGIN
    DROP INDEX [IX_ValueCounts_Column_Value] ON [ValueCounts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206152044_ValueCountsInYears'
)
BEGIN
    CREATE INDEX [IX_ValueCounts_Column_Value] ON [ValueCounts] ([Column], [Value], [Number]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206152044_ValueCountsInYears'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Projects.Department@Year', "FiscalYear", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "FiscalYear", "Department";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206152044_ValueCountsInYears'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206152044_ValueCountsInYears', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    DROP INDEX [IX_AmountBandCounts_Column_Band_FiscalYear] ON [AmountBandCounts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    ALTER TABLE [AmountBandCounts] ADD [Category] nvarchar(400) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    ALTER TABLE [AmountBandCounts] ADD [HasCoreIndicator] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    CREATE INDEX [IX_AmountBandCounts_Column_Band_FiscalYear] ON [AmountBandCounts] ([Column], [Band], [FiscalYear], [Category], [HasCoreIndicator]) INCLUDE ([Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    EXEC(N'INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Category", "HasCoreIndicator", "Count") SELECT ''Projects.Amount@Category,HasCoreIndicator'', "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, "Category", "HasCoreIndicator", COUNT(*) FROM "Projects" GROUP BY "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, "Category", "HasCoreIndicator";
    ');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206164251_AmountBandsByCategoryAndCore'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206164251_AmountBandsByCategoryAndCore', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206173128_ValueCountsBesideCore'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Projects.Department@Core', "HasCoreIndicator", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "HasCoreIndicator", "Department";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206173128_ValueCountsBesideCore'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206173128_ValueCountsBesideCore', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206185628_ValueCountsIndicatorNames'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', "Name", COUNT(*) FROM "Indicators" GROUP BY "Name";
    INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Name' AND "Value" IS NULL);
    INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Indicators.Name@Year', "FiscalYear", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "FiscalYear", "Name";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206185628_ValueCountsIndicatorNames'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206185628_ValueCountsIndicatorNames', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206195247_ValueCountsIndicatorNamesBesideCore'
)
BEGIN
    INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Indicators.Name@Core', "IsCore", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "IsCore", "Name";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206195247_ValueCountsIndicatorNamesBesideCore'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206195247_ValueCountsIndicatorNamesBesideCore', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206212841_IndicatorNameCarriesCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_Name] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206212841_IndicatorNameCarriesCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_Name_Categories] ON [Indicators] ([Name], [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206212841_IndicatorNameCarriesCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206212841_IndicatorNameCarriesCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206225249_ProjectNameGramYears'
)
BEGIN
    DROP INDEX [IX_NameGrams_Kind_Gram_Value] ON [NameGrams];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206225249_ProjectNameGramYears'
)
BEGIN
    UPDATE g SET g.[Value] = p.[FiscalYear]
    FROM [NameGrams] AS g INNER JOIN [Projects] AS p ON p.[Id] = g.[EntityId]
    WHERE g.[Kind] = 3;
    DELETE FROM [NameGramValueCounts] WHERE [Kind] = 3;
    INSERT INTO [NameGramValueCounts] ([Kind], [Gram], [Value], [Count])
    SELECT [Kind], [Gram], [Value], COUNT(*) FROM [NameGrams] WHERE [Kind] = 3 AND [Value] IS NOT NULL
    GROUP BY [Kind], [Gram], [Value];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206225249_ProjectNameGramYears'
)
BEGIN
    CREATE INDEX [IX_NameGrams_Kind_Gram_Value] ON [NameGrams] ([Kind], [Gram], [Value]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206225249_ProjectNameGramYears'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206225249_ProjectNameGramYears', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207021514_ProjectNameCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Name] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207021514_ProjectNameCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Name_Categories] ON [Projects] ([Name], [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207021514_ProjectNameCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207021514_ProjectNameCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207043356_NameDescendingCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Name_Desc_Categories] ON [Projects] ([Name] DESC, [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207043356_NameDescendingCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_Name_Desc_Categories] ON [Indicators] ([Name] DESC, [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207043356_NameDescendingCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207043356_NameDescendingCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207084344_ProjectYearAmountDescending'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Amount_Desc] ON [Projects] ([FiscalYear], [Amount] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207084344_ProjectYearAmountDescending'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207084344_ProjectYearAmountDescending', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207184238_YearCoreMarkIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_HasCoreIndicator] ON [Projects] ([FiscalYear], [HasCoreIndicator]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207184238_YearCoreMarkIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_IsCore] ON [Indicators] ([FiscalYear], [IsCore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207184238_YearCoreMarkIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207184238_YearCoreMarkIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Category] ON [Projects] ([FiscalYear], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Category_Desc] ON [Projects] ([FiscalYear], [Category] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Code] ON [Projects] ([FiscalYear], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Code_Desc] ON [Projects] ([FiscalYear], [Code] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Ordinal] ON [Projects] ([FiscalYear], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Projects_FiscalYear_Ordinal_Desc] ON [Projects] ([FiscalYear], [Ordinal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_NumericTarget] ON [Indicators] ([FiscalYear], [NumericTarget]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_NumericTarget_Desc] ON [Indicators] ([FiscalYear], [NumericTarget] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_Ordinal] ON [Indicators] ([FiscalYear], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_Ordinal_Desc] ON [Indicators] ([FiscalYear], [Ordinal] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_Weight] ON [Indicators] ([FiscalYear], [Weight]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_Weight_Desc] ON [Indicators] ([FiscalYear], [Weight] DESC);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203951_YearOrderIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207203951_YearOrderIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Category] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Category_Desc] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Code] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Projects_Code_Desc] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_NumericTarget] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_NumericTarget_Desc] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_Weight] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    DROP INDEX [IX_Indicators_Weight_Desc] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Category_Categories] ON [Projects] ([Category], [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Category_Desc_Categories] ON [Projects] ([Category] DESC, [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Code_Categories] ON [Projects] ([Code], [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Projects_Code_Desc_Categories] ON [Projects] ([Code] DESC, [Id]) INCLUDE ([FiscalYear], [HasCoreIndicator], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget_Categories] ON [Indicators] ([NumericTarget], [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [UnitOfMeasure], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_NumericTarget_Desc_Categories] ON [Indicators] ([NumericTarget] DESC, [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [UnitOfMeasure], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_Weight_Categories] ON [Indicators] ([Weight], [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    CREATE INDEX [IX_Indicators_Weight_Desc_Categories] ON [Indicators] ([Weight] DESC, [Id]) INCLUDE ([FiscalYear], [IsCore], [Operator], [Level1], [Level2]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207211244_SortIndexesCarryCategories'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207211244_SortIndexesCarryCategories', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    DROP INDEX [IX_Indicators_FiscalYear_IsCore] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    DROP INDEX [IX_Indicators_Level1] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    DROP INDEX [IX_Indicators_Level2] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    DROP INDEX [IX_Indicators_Operator] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    DROP INDEX [IX_Indicators_UnitOfMeasure] ON [Indicators];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    CREATE INDEX [IX_Indicators_FiscalYear_IsCore_Orders] ON [Indicators] ([FiscalYear], [IsCore], [Id]) INCLUDE ([Weight], [NumericTarget], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    CREATE INDEX [IX_Indicators_Level1_Orders] ON [Indicators] ([Level1], [Id]) INCLUDE ([Weight], [NumericTarget], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    CREATE INDEX [IX_Indicators_Level2_Orders] ON [Indicators] ([Level2], [Id]) INCLUDE ([Weight], [NumericTarget], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    CREATE INDEX [IX_Indicators_Operator_Orders] ON [Indicators] ([Operator], [Id]) INCLUDE ([Weight], [NumericTarget], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    CREATE INDEX [IX_Indicators_UnitOfMeasure_Orders] ON [Indicators] ([UnitOfMeasure], [Id]) INCLUDE ([Weight], [NumericTarget], [Ordinal]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207230208_FilterIndexesCarryOrders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207230208_FilterIndexesCarryOrders', N'10.0.14');
END;

COMMIT;
GO

