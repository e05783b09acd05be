CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "SchemaStamps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SchemaStamps" PRIMARY KEY AUTOINCREMENT,
    "ModelHash" TEXT NOT NULL
);

CREATE TABLE "SourceDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SourceDocuments" PRIMARY KEY AUTOINCREMENT,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "EncodingName" TEXT NOT NULL,
    "LineCount" INTEGER NOT NULL,
    "ImportedAt" TEXT NOT NULL
);

CREATE TABLE "Subjects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Subjects" PRIMARY KEY AUTOINCREMENT,
    "Classification" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "EnglishName" TEXT NULL,
    "Level" TEXT NOT NULL,
    "ParentCode" TEXT NULL
);

CREATE TABLE "Units" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "OfficialName" TEXT NOT NULL,
    "ShortName" TEXT NOT NULL,
    "EnglishName" TEXT NULL,
    "DistrictName" TEXT NULL,
    "DistrictEnglishName" TEXT NULL,
    "UnitCode" TEXT NULL,
    "FunctionsText" TEXT NULL,
    "StructureText" TEXT NULL,
    "ContactLine" TEXT NULL
);

CREATE TABLE "Budgets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Budgets" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "SourceDocumentId" INTEGER NOT NULL,
    "IncomeTotal" INTEGER NULL,
    "ExpenditureTotal" INTEGER NULL,
    "BasicExpenditure" INTEGER NULL,
    "ProjectExpenditure" INTEGER NULL,
    "GeneralPublicBudgetIncome" INTEGER NULL,
    "GovernmentFundIncome" INTEGER NULL,
    "StateCapitalIncome" INTEGER NULL,
    "CarryOver" INTEGER NULL,
    "CarryForward" INTEGER NULL,
    "ProcurementTotal" INTEGER NULL,
    "PerformanceBudget" INTEGER NULL,
    "OverallGoal" TEXT NULL,
    CONSTRAINT "FK_Budgets_SourceDocuments_SourceDocumentId" FOREIGN KEY ("SourceDocumentId") REFERENCES "SourceDocuments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Budgets_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DataQualityFindings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataQualityFindings" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "Rule" TEXT NOT NULL,
    "Table" TEXT NULL,
    "Row" TEXT NULL,
    "SourceLine" INTEGER NULL,
    "Expected" INTEGER NULL,
    "Actual" INTEGER NULL,
    "Message" TEXT NOT NULL,
    CONSTRAINT "FK_DataQualityFindings_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DisclosedTables" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DisclosedTables" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "TableNumber" TEXT NULL,
    "StartLine" INTEGER NOT NULL,
    "EndLine" INTEGER NOT NULL,
    "RowCount" INTEGER NOT NULL,
    "IsPartial" INTEGER NOT NULL,
    "Remark" TEXT NULL,
    CONSTRAINT "FK_DisclosedTables_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "NarrativeStatements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NarrativeStatements" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "Metric" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Amount" INTEGER NULL,
    "Direction" TEXT NULL,
    "Change" INTEGER NULL,
    "ComparedYear" INTEGER NULL,
    "Reason" TEXT NULL,
    "Sentence" TEXT NOT NULL,
    "Section" TEXT NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_NarrativeStatements_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ParserNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ParserNotes" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "Line" INTEGER NOT NULL,
    "Message" TEXT NOT NULL,
    CONSTRAINT "FK_ParserNotes_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EconomicLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EconomicLines" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "Total" INTEGER NULL,
    "Personnel" INTEGER NULL,
    "Public" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_EconomicLines_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EconomicLines_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "ExpenditureLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExpenditureLines" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "TableKind" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "Total" INTEGER NULL,
    "Basic" INTEGER NULL,
    "Project" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_ExpenditureLines_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ExpenditureLines_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "IncomeLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IncomeLines" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "Total" INTEGER NULL,
    "GeneralPublicBudget" INTEGER NULL,
    "GovernmentFund" INTEGER NULL,
    "StateCapital" INTEGER NULL,
    "OtherSources" INTEGER NULL,
    "CarryOver" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_IncomeLines_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IncomeLines_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "ProcurementLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProcurementLines" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Code" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Total" INTEGER NULL,
    "GeneralPublicBudget" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_ProcurementLines_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProcurementLines_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "Projects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Projects" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Code" TEXT NULL,
    "Category" TEXT NULL,
    "Department" TEXT NULL,
    "Amount" INTEGER NULL,
    "ExecutionRateWeight" INTEGER NULL,
    "Overview" TEXT NULL,
    "Basis" TEXT NULL,
    "Goal" TEXT NULL,
    "UnitId" INTEGER NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "HasCoreIndicator" INTEGER NOT NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_Projects_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Projects_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "SummaryLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SummaryLines" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "TableKind" TEXT NOT NULL,
    "Side" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Amount" INTEGER NULL,
    "GeneralPublicBudget" INTEGER NULL,
    "GovernmentFund" INTEGER NULL,
    "StateCapital" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_SummaryLines_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SummaryLines_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "TableTotals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TableTotals" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Column" TEXT NOT NULL,
    "Amount" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_TableTotals_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TableTotals_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "ThreePublicCosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ThreePublicCosts" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableId" INTEGER NOT NULL,
    "Total" INTEGER NULL,
    "OverseasTravel" INTEGER NULL,
    "VehicleSubtotal" INTEGER NULL,
    "VehiclePurchase" INTEGER NULL,
    "VehicleOperation" INTEGER NULL,
    "OfficialReception" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_ThreePublicCosts_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ThreePublicCosts_DisclosedTables_TableId" FOREIGN KEY ("TableId") REFERENCES "DisclosedTables" ("Id")
);

CREATE TABLE "Indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "ProjectId" INTEGER NULL,
    "Ordinal" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "RawName" TEXT NULL,
    "Level1" TEXT NULL,
    "Level2" TEXT NULL,
    "Level3" TEXT NULL,
    "Weight" INTEGER NULL,
    "UnitOfMeasure" TEXT NULL,
    "Operator" TEXT NULL,
    "OperatorRaw" TEXT NULL,
    "NumericTarget" INTEGER NULL,
    "TextTarget" TEXT NULL,
    "IsCore" INTEGER NULL,
    "UnitId" INTEGER NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_Indicators_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Indicators_Projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "Projects" ("Id")
);

CREATE TABLE "ProjectFundingSplits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProjectFundingSplits" PRIMARY KEY AUTOINCREMENT,
    "ProjectId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Amount" INTEGER NULL,
    "SourceLine" INTEGER NOT NULL,
    CONSTRAINT "FK_ProjectFundingSplits_Projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "Projects" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Budgets_ExpenditureTotal" ON "Budgets" ("ExpenditureTotal");

CREATE INDEX "IX_Budgets_FiscalYear" ON "Budgets" ("FiscalYear");

CREATE UNIQUE INDEX "IX_Budgets_SourceDocumentId" ON "Budgets" ("SourceDocumentId");

CREATE UNIQUE INDEX "IX_Budgets_UnitId_FiscalYear" ON "Budgets" ("UnitId", "FiscalYear");

CREATE INDEX "IX_DataQualityFindings_BudgetId_Rule" ON "DataQualityFindings" ("BudgetId", "Rule");

CREATE INDEX "IX_DisclosedTables_BudgetId" ON "DisclosedTables" ("BudgetId");

CREATE INDEX "IX_EconomicLines_BudgetId_Code" ON "EconomicLines" ("BudgetId", "Code");

CREATE INDEX "IX_EconomicLines_TableId" ON "EconomicLines" ("TableId");

CREATE INDEX "IX_ExpenditureLines_BudgetId_TableKind_Code" ON "ExpenditureLines" ("BudgetId", "TableKind", "Code");

CREATE INDEX "IX_ExpenditureLines_Code_TableKind" ON "ExpenditureLines" ("Code", "TableKind");

CREATE INDEX "IX_ExpenditureLines_TableId" ON "ExpenditureLines" ("TableId");

CREATE INDEX "IX_ExpenditureLines_Total" ON "ExpenditureLines" ("Total");

CREATE INDEX "IX_IncomeLines_BudgetId_Code" ON "IncomeLines" ("BudgetId", "Code");

CREATE INDEX "IX_IncomeLines_TableId" ON "IncomeLines" ("TableId");

CREATE INDEX "IX_Indicators_BudgetId" ON "Indicators" ("BudgetId");

CREATE INDEX "IX_Indicators_Name" ON "Indicators" ("Name");

CREATE INDEX "IX_Indicators_NumericTarget" ON "Indicators" ("NumericTarget");

CREATE INDEX "IX_Indicators_ProjectId_Ordinal" ON "Indicators" ("ProjectId", "Ordinal");

CREATE INDEX "IX_NarrativeStatements_BudgetId_Metric" ON "NarrativeStatements" ("BudgetId", "Metric");

CREATE INDEX "IX_ParserNotes_BudgetId" ON "ParserNotes" ("BudgetId");

CREATE INDEX "IX_ProcurementLines_BudgetId" ON "ProcurementLines" ("BudgetId");

CREATE INDEX "IX_ProcurementLines_TableId" ON "ProcurementLines" ("TableId");

CREATE INDEX "IX_ProjectFundingSplits_ProjectId" ON "ProjectFundingSplits" ("ProjectId");

CREATE INDEX "IX_Projects_Amount" ON "Projects" ("Amount");

CREATE INDEX "IX_Projects_BudgetId" ON "Projects" ("BudgetId");

CREATE INDEX "IX_Projects_FiscalYear_Amount" ON "Projects" ("FiscalYear", "Amount");

CREATE INDEX "IX_Projects_Name" ON "Projects" ("Name");

CREATE INDEX "IX_Projects_TableId" ON "Projects" ("TableId");

CREATE INDEX "IX_Projects_UnitId" ON "Projects" ("UnitId");

CREATE INDEX "IX_SourceDocuments_Sha256" ON "SourceDocuments" ("Sha256");

CREATE UNIQUE INDEX "IX_Subjects_Classification_Code" ON "Subjects" ("Classification", "Code");

CREATE INDEX "IX_Subjects_ParentCode" ON "Subjects" ("ParentCode");

CREATE INDEX "IX_SummaryLines_BudgetId" ON "SummaryLines" ("BudgetId");

CREATE INDEX "IX_SummaryLines_TableId" ON "SummaryLines" ("TableId");

CREATE INDEX "IX_TableTotals_BudgetId" ON "TableTotals" ("BudgetId");

CREATE INDEX "IX_TableTotals_TableId" ON "TableTotals" ("TableId");

CREATE UNIQUE INDEX "IX_ThreePublicCosts_BudgetId" ON "ThreePublicCosts" ("BudgetId");

CREATE INDEX "IX_ThreePublicCosts_TableId" ON "ThreePublicCosts" ("TableId");

CREATE UNIQUE INDEX "IX_Units_Slug" ON "Units" ("Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130174324_InitialCreate', '10.0.14');

DROP TABLE "SchemaStamps";

CREATE TABLE "PersistedDocuments" (
    "Hash" TEXT NOT NULL CONSTRAINT "PK_PersistedDocuments" PRIMARY KEY,
    "Query" TEXT NOT NULL,
    "RegisteredAtUtc" TEXT NOT NULL,
    "LastUsedAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_PersistedDocuments_LastUsedAtUtc" ON "PersistedDocuments" ("LastUsedAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130175544_PersistedDocuments', '10.0.14');

CREATE TABLE "TableAnnouncements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TableAnnouncements" PRIMARY KEY AUTOINCREMENT,
    "BudgetId" INTEGER NOT NULL,
    "TableNumber" TEXT NULL,
    "Title" TEXT NULL,
    "Source" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    "FoundLine" INTEGER NULL,
    CONSTRAINT "FK_TableAnnouncements_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_TableAnnouncements_BudgetId" ON "TableAnnouncements" ("BudgetId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130183455_TableAnnouncements', '10.0.14');

ALTER TABLE "ThreePublicCosts" ADD "OperatingCosts" INTEGER NULL;

ALTER TABLE "DisclosedTables" ADD "PrintedUnit" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130192826_PrintedUnitAndOperatingCosts', '10.0.14');

ALTER TABLE "SourceDocuments" ADD "SourcePath" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130193627_SourceDocumentSourcePath', '10.0.14');

DROP INDEX "IX_Indicators_NumericTarget";

CREATE INDEX "IX_Indicators_NumericTarget_Name" ON "Indicators" ("NumericTarget", "Name");

CREATE INDEX "IX_ExpenditureLines_Aggregate_Budget" ON "ExpenditureLines" ("TableKind", "Level", "BudgetId", "Total");

CREATE INDEX "IX_ExpenditureLines_Aggregate_Subject" ON "ExpenditureLines" ("TableKind", "Level", "Code", "Total", "Name");

CREATE INDEX "IX_Budgets_FiscalYear_ExpenditureTotal" ON "Budgets" ("FiscalYear", "ExpenditureTotal");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130204209_WholeDatasetQueryIndexes', '10.0.14');

ALTER TABLE "ExpenditureLines" ADD "FiscalYear" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ExpenditureLines" ADD "UnitId" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "ExpenditureLevelTotals" (
    "BudgetId" INTEGER NOT NULL,
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "Sum" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    CONSTRAINT "PK_ExpenditureLevelTotals" PRIMARY KEY ("BudgetId", "TableKind", "Level"),
    CONSTRAINT "FK_ExpenditureLevelTotals_Budgets_BudgetId" FOREIGN KEY ("BudgetId") REFERENCES "Budgets" ("Id") ON DELETE CASCADE
);

UPDATE "ExpenditureLines" SET
    "UnitId" = (SELECT b."UnitId" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId"),
    "FiscalYear" = (SELECT b."FiscalYear" FROM "Budgets" AS b WHERE b."Id" = "ExpenditureLines"."BudgetId");

INSERT INTO "ExpenditureLevelTotals" ("BudgetId", "TableKind", "Level", "UnitId", "FiscalYear", "Sum", "Count", "Min", "Max")
SELECT l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear", SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
FROM "ExpenditureLines" AS l
GROUP BY l."BudgetId", l."TableKind", l."Level", l."UnitId", l."FiscalYear";

CREATE INDEX "IX_Units_OfficialName_Slug" ON "Units" ("OfficialName", "Slug");

CREATE INDEX "IX_Units_ShortName_Slug" ON "Units" ("ShortName", "Slug");

CREATE INDEX "IX_ExpenditureLines_Compare" ON "ExpenditureLines" ("TableKind", "Level", "Code", "FiscalYear", "Total", "UnitId", "BudgetId");

CREATE INDEX "IX_ExpenditureLevelTotals_Year" ON "ExpenditureLevelTotals" ("TableKind", "Level", "FiscalYear", "UnitId", "Sum", "Count", "Min", "Max");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201001925_ExpenditureLevelTotals', '10.0.14');

CREATE TABLE "NameGrams" (
    "Kind" INTEGER NOT NULL,
    "Gram" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    CONSTRAINT "PK_NameGrams" PRIMARY KEY ("Kind", "Gram", "EntityId")
) WITHOUT ROWID;

WITH RECURSIVE "names" ("Kind", "EntityId", "Name") AS (
    SELECT 1, "Id", "OfficialName" FROM "Units"
    UNION ALL SELECT 2, "Id", "ShortName" FROM "Units"
    UNION ALL SELECT 3, "Id", "Name" FROM "Projects"
    UNION ALL SELECT 4, "Id", "Name" FROM "Indicators"
    UNION ALL SELECT 5, "Id", substr("OfficialName", 1, 2) FROM "Units"
    UNION ALL SELECT 6, "Id", substr("ShortName", 1, 2) FROM "Units"
    UNION ALL SELECT 7, "Id", "Department" FROM "Projects"),
"at" ("Kind", "EntityId", "Name", "I") AS (
    SELECT "Kind", "EntityId", "Name", 1 FROM "names" WHERE length("Name") >= 2
    UNION ALL SELECT "Kind", "EntityId", "Name", "I" + 1 FROM "at" WHERE "I" + 1 < length("Name"))
INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId")
SELECT DISTINCT "Kind", substr("Name", "I", 2), "EntityId" FROM "at"
WHERE unicode(substr("Name", "I", 1)) BETWEEN 19968 AND 40959
  AND unicode(substr("Name", "I" + 1, 1)) BETWEEN 19968 AND 40959
ORDER BY 1, 2, 3;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201035641_NameGrams', '10.0.14');

CREATE TABLE "ExpenditureDistrictTotals" (
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "DistrictName" TEXT NOT NULL,
    "Sum" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    CONSTRAINT "PK_ExpenditureDistrictTotals" PRIMARY KEY ("TableKind", "Level", "DistrictName")
);

INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max")
SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
FROM "Units" AS u
INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '');

CREATE INDEX "IX_Units_Id_Slug" ON "Units" ("Id", "Slug", "ShortName");

CREATE INDEX "IX_Projects_Amount_Desc" ON "Projects" ("Amount" DESC);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201065216_WholeDatasetGrowth', '10.0.14');

DROP INDEX "IX_Indicators_BudgetId";

ALTER TABLE "NameGrams" ADD "Value" INTEGER NULL;

UPDATE "NameGrams" SET "Value" = (SELECT i."NumericTarget" FROM "Indicators" AS i WHERE i."Id" = "NameGrams"."EntityId")
WHERE "Kind" = 4;

CREATE INDEX "IX_NameGrams_Kind_Gram_Value" ON "NameGrams" ("Kind", "Gram", "Value");

CREATE INDEX "IX_Indicators_BudgetId_ProjectId_Ordinal" ON "Indicators" ("BudgetId", "ProjectId", "Ordinal");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201085936_TextSearchIndexes', '10.0.14');

CREATE TABLE "ExpenditureSubjectTotals" (
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Sum" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    CONSTRAINT "PK_ExpenditureSubjectTotals" PRIMARY KEY ("TableKind", "Level", "Code")
);

CREATE TABLE "ExpenditureUnitTotals" (
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "Sum" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    CONSTRAINT "PK_ExpenditureUnitTotals" PRIMARY KEY ("UnitId", "TableKind", "Level"),
    CONSTRAINT "FK_ExpenditureUnitTotals_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ExpenditureLines_Compare_Total" ON "ExpenditureLines" ("TableKind", "Level", "Code", "Total" DESC, "Id", "FiscalYear", "UnitId", "BudgetId");

CREATE INDEX "IX_ExpenditureUnitTotals_Slug" ON "ExpenditureUnitTotals" ("TableKind", "Level", "Slug", "UnitId", "Sum", "Count", "Min", "Max");

CREATE INDEX "IX_ExpenditureUnitTotals_Sum" ON "ExpenditureUnitTotals" ("TableKind", "Level", "Sum" DESC, "Slug", "UnitId", "Count", "Min", "Max");

INSERT INTO "ExpenditureUnitTotals" ("UnitId", "TableKind", "Level", "Slug", "Sum", "Count", "Min", "Max")
SELECT u."Id", t."TableKind", t."Level", u."Slug", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
FROM "Units" AS u
INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
GROUP BY u."Id", u."Slug", t."TableKind", t."Level";

INSERT INTO "ExpenditureSubjectTotals" ("TableKind", "Level", "Code", "Label", "Sum", "Count", "Min", "Max")
SELECT l."TableKind", l."Level", l."Code", MAX(l."Name"), SUM(COALESCE(l."Total", 0)), COUNT(*), MIN(l."Total"), MAX(l."Total")
FROM "ExpenditureLines" AS l
GROUP BY l."TableKind", l."Level", l."Code";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201101252_AggregateTotals', '10.0.14');

CREATE TABLE "ExpenditureYearTotals" (
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "Sum" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    CONSTRAINT "PK_ExpenditureYearTotals" PRIMARY KEY ("TableKind", "Level", "FiscalYear")
);

CREATE TABLE "NameGramCounts" (
    "Kind" INTEGER NOT NULL,
    "Gram" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_NameGramCounts" PRIMARY KEY ("Kind", "Gram")
);

CREATE INDEX "IX_Budgets_ExpenditureTotal_Desc" ON "Budgets" ("ExpenditureTotal" DESC);

CREATE INDEX "IX_Budgets_FiscalYear_ExpenditureTotal_Desc" ON "Budgets" ("FiscalYear", "ExpenditureTotal" DESC);

INSERT INTO "ExpenditureYearTotals" ("TableKind", "Level", "FiscalYear", "Sum", "Count", "Min", "Max")
SELECT t."TableKind", t."Level", t."FiscalYear", SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max")
FROM "ExpenditureLevelTotals" AS t
GROUP BY t."TableKind", t."Level", t."FiscalYear";

INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" GROUP BY "Kind", "Gram";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201112125_GrowthTotals', '10.0.14');

CREATE TABLE "ExpenditureTotalValues" (
    "TableKind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "Value" INTEGER NOT NULL,
    "LineCount" INTEGER NOT NULL,
    CONSTRAINT "PK_ExpenditureTotalValues" PRIMARY KEY ("TableKind", "Level", "Code", "FiscalYear", "Value")
) WITHOUT ROWID;

CREATE INDEX "IX_ExpenditureTotalValues_Overall" ON "ExpenditureTotalValues" ("TableKind", "Level", "Code", "Value", "FiscalYear");

INSERT INTO "ExpenditureTotalValues" ("TableKind", "Level", "Code", "FiscalYear", "Value", "LineCount")
SELECT g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0), SUM(g."N")
FROM (
    SELECT l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total", COUNT(*) AS "N"
    FROM "ExpenditureLines" AS l
    GROUP BY l."TableKind", l."Level", l."Code", l."FiscalYear", l."Total"
) AS g
GROUP BY g."TableKind", g."Level", g."Code", g."FiscalYear", COALESCE(g."Total", 0);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201135948_CompareTotalValues', '10.0.14');

ALTER TABLE "ExpenditureDistrictTotals" ADD "Units" INTEGER NOT NULL DEFAULT 0;

DELETE FROM "ExpenditureDistrictTotals";
INSERT INTO "ExpenditureDistrictTotals" ("TableKind", "Level", "DistrictName", "Sum", "Count", "Min", "Max", "Units")
SELECT t."TableKind", t."Level", COALESCE(u."DistrictName", ''), SUM(t."Sum"), SUM(t."Count"), MIN(t."Min"), MAX(t."Max"), COUNT(DISTINCT u."Id")
FROM "Units" AS u
INNER JOIN "Budgets" AS b ON b."UnitId" = u."Id"
INNER JOIN "ExpenditureLevelTotals" AS t ON t."BudgetId" = b."Id"
GROUP BY t."TableKind", t."Level", COALESCE(u."DistrictName", '');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201163643_DistrictUnitCounts', '10.0.14');

CREATE TABLE "NameGramValueCounts" (
    "Kind" INTEGER NOT NULL,
    "Gram" TEXT NOT NULL,
    "Value" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_NameGramValueCounts" PRIMARY KEY ("Kind", "Gram", "Value")
);

INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
SELECT "Kind", "Gram", "Value", COUNT(*) FROM "NameGrams" WHERE "Value" IS NOT NULL GROUP BY "Kind", "Gram", "Value";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201212817_NameGramValueCounts', '10.0.14');

CREATE INDEX "IX_Units_DistrictName" ON "Units" ("DistrictName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202141228_UnitsByDistrict', '10.0.14');

ALTER TABLE "SourceDocuments" ADD "LoaderRevision" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202154626_LoaderRevisions', '10.0.14');

ALTER TABLE "SourceDocuments" ADD "ReadingSha256" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202183858_ReadingDigests', '10.0.14');

ALTER TABLE "Budgets" ADD "Expenditure" INTEGER NULL;

UPDATE "Budgets" SET "Expenditure" = COALESCE("ExpenditureTotal", "PerformanceBudget");

CREATE INDEX "IX_Budgets_Expenditure" ON "Budgets" ("Expenditure");

CREATE INDEX "IX_Budgets_Expenditure_Desc" ON "Budgets" ("Expenditure" DESC);

CREATE INDEX "IX_Budgets_FiscalYear_Expenditure" ON "Budgets" ("FiscalYear", "Expenditure");

CREATE INDEX "IX_Budgets_FiscalYear_Expenditure_Desc" ON "Budgets" ("FiscalYear", "Expenditure" DESC);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203052055_ServedExpenditure', '10.0.14');

DROP INDEX "IX_ExpenditureLines_Aggregate_Subject";

DROP INDEX "IX_ExpenditureLines_Compare_Total";

DROP INDEX "IX_ExpenditureLines_Total";

CREATE INDEX "IX_ExpenditureLines_Compare_Total" ON "ExpenditureLines" ("TableKind", "Level", "Code", "Total" DESC, "Id", "FiscalYear", "UnitId", "BudgetId", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203101204_ExpenditureLineIndexes', '10.0.14');

CREATE TABLE "ef_temp_Budgets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Budgets" PRIMARY KEY AUTOINCREMENT,
    "BasicExpenditure" INTEGER NULL,
    "CarryForward" INTEGER NULL,
    "CarryOver" INTEGER NULL,
    "Expenditure" AS (COALESCE("ExpenditureTotal", "PerformanceBudget")) STORED,
    "ExpenditureTotal" INTEGER NULL,
    "FiscalYear" INTEGER NOT NULL,
    "GeneralPublicBudgetIncome" INTEGER NULL,
    "GovernmentFundIncome" INTEGER NULL,
    "IncomeTotal" INTEGER NULL,
    "OverallGoal" TEXT NULL,
    "PerformanceBudget" INTEGER NULL,
    "ProcurementTotal" INTEGER NULL,
    "ProjectExpenditure" INTEGER NULL,
    "SourceDocumentId" INTEGER NOT NULL,
    "StateCapitalIncome" INTEGER NULL,
    "UnitId" INTEGER NOT NULL,
    CONSTRAINT "FK_Budgets_SourceDocuments_SourceDocumentId" FOREIGN KEY ("SourceDocumentId") REFERENCES "SourceDocuments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Budgets_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Budgets" ("Id", "BasicExpenditure", "CarryForward", "CarryOver", "ExpenditureTotal", "FiscalYear", "GeneralPublicBudgetIncome", "GovernmentFundIncome", "IncomeTotal", "OverallGoal", "PerformanceBudget", "ProcurementTotal", "ProjectExpenditure", "SourceDocumentId", "StateCapitalIncome", "UnitId")
SELECT "Id", "BasicExpenditure", "CarryForward", "CarryOver", "ExpenditureTotal", "FiscalYear", "GeneralPublicBudgetIncome", "GovernmentFundIncome", "IncomeTotal", "OverallGoal", "PerformanceBudget", "ProcurementTotal", "ProjectExpenditure", "SourceDocumentId", "StateCapitalIncome", "UnitId"
FROM "Budgets";

PRAGMA foreign_keys = 0;

DROP TABLE "Budgets";

ALTER TABLE "ef_temp_Budgets" RENAME TO "Budgets";

PRAGMA foreign_keys = 1;

CREATE INDEX "IX_Budgets_Expenditure" ON "Budgets" ("Expenditure");

CREATE INDEX "IX_Budgets_ExpenditureTotal" ON "Budgets" ("ExpenditureTotal");

CREATE INDEX "IX_Budgets_ExpenditureTotal_Desc" ON "Budgets" ("ExpenditureTotal" DESC);

CREATE INDEX "IX_Budgets_Expenditure_Desc" ON "Budgets" ("Expenditure" DESC);

CREATE INDEX "IX_Budgets_FiscalYear" ON "Budgets" ("FiscalYear");

CREATE INDEX "IX_Budgets_FiscalYear_Expenditure" ON "Budgets" ("FiscalYear", "Expenditure");

CREATE INDEX "IX_Budgets_FiscalYear_ExpenditureTotal" ON "Budgets" ("FiscalYear", "ExpenditureTotal");

CREATE INDEX "IX_Budgets_FiscalYear_ExpenditureTotal_Desc" ON "Budgets" ("FiscalYear", "ExpenditureTotal" DESC);

CREATE INDEX "IX_Budgets_FiscalYear_Expenditure_Desc" ON "Budgets" ("FiscalYear", "Expenditure" DESC);

CREATE UNIQUE INDEX "IX_Budgets_SourceDocumentId" ON "Budgets" ("SourceDocumentId");

CREATE UNIQUE INDEX "IX_Budgets_UnitId_FiscalYear" ON "Budgets" ("UnitId", "FiscalYear");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203103909_ComputedExpenditure', '10.0.14');

CREATE INDEX "IX_Units_Slug_OfficialName" ON "Units" ("Slug", "OfficialName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203135341_UnitSlugNameIndex', '10.0.14');

DELETE FROM "NameGrams" WHERE "Kind" IN (5, 6);
DELETE FROM "NameGramCounts" WHERE "Kind" IN (5, 6);
INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId")
SELECT "Kind", "Gram", "EntityId" FROM (
    SELECT 5 AS "Kind", substr("OfficialName", 1, 2) AS "Gram", "Id" AS "EntityId" FROM "Units"
    UNION ALL SELECT 6, substr("ShortName", 1, 2), "Id" FROM "Units")
WHERE length("Gram") = 2
  AND unicode(substr("Gram", 1, 1)) BETWEEN 19968 AND 40959
  AND unicode(substr("Gram", 2, 1)) BETWEEN 19968 AND 40959
ORDER BY 1, 2, 3;
INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" WHERE "Kind" IN (5, 6) GROUP BY "Kind", "Gram";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203175540_UnitNameStartGrams', '10.0.14');

ALTER TABLE "NameGrams" ADD "Slug" TEXT NULL;

UPDATE "NameGrams" SET "Slug" = (SELECT u."Slug" FROM "Units" AS u WHERE u."Id" = "NameGrams"."EntityId")
WHERE "Kind" IN (1, 2, 5, 6);

CREATE INDEX "IX_NameGrams_Kind_Gram_Slug" ON "NameGrams" ("Kind", "Gram", "Slug") WHERE "Slug" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203184652_UnitNameGramSlugs', '10.0.14');

CREATE INDEX "IX_Units_DistrictName_Desc" ON "Units" ("DistrictName" DESC);

CREATE INDEX "IX_Units_OfficialName" ON "Units" ("OfficialName");

CREATE INDEX "IX_Units_OfficialName_Desc" ON "Units" ("OfficialName" DESC);

CREATE INDEX "IX_Units_ShortName" ON "Units" ("ShortName");

CREATE INDEX "IX_Units_ShortName_Desc" ON "Units" ("ShortName" DESC);

CREATE INDEX "IX_Units_UnitCode" ON "Units" ("UnitCode");

CREATE INDEX "IX_Units_UnitCode_Desc" ON "Units" ("UnitCode" DESC);

CREATE INDEX "IX_Projects_Category" ON "Projects" ("Category");

CREATE INDEX "IX_Projects_Category_Desc" ON "Projects" ("Category" DESC);

CREATE INDEX "IX_Projects_Code" ON "Projects" ("Code");

CREATE INDEX "IX_Projects_Code_Desc" ON "Projects" ("Code" DESC);

CREATE INDEX "IX_Projects_FiscalYear" ON "Projects" ("FiscalYear");

CREATE INDEX "IX_Projects_FiscalYear_Desc" ON "Projects" ("FiscalYear" DESC);

CREATE INDEX "IX_Projects_HasCoreIndicator" ON "Projects" ("HasCoreIndicator");

CREATE INDEX "IX_Projects_Name_Desc" ON "Projects" ("Name" DESC);

CREATE INDEX "IX_Projects_Ordinal" ON "Projects" ("Ordinal");

CREATE INDEX "IX_Projects_Ordinal_Desc" ON "Projects" ("Ordinal" DESC);

CREATE INDEX "IX_Indicators_FiscalYear" ON "Indicators" ("FiscalYear");

CREATE INDEX "IX_Indicators_FiscalYear_Desc" ON "Indicators" ("FiscalYear" DESC);

CREATE INDEX "IX_Indicators_IsCore" ON "Indicators" ("IsCore");

CREATE INDEX "IX_Indicators_Level1" ON "Indicators" ("Level1");

CREATE INDEX "IX_Indicators_Level2" ON "Indicators" ("Level2");

CREATE INDEX "IX_Indicators_Level3" ON "Indicators" ("Level3");

CREATE INDEX "IX_Indicators_Name_Desc" ON "Indicators" ("Name" DESC);

CREATE INDEX "IX_Indicators_NumericTarget" ON "Indicators" ("NumericTarget");

CREATE INDEX "IX_Indicators_NumericTarget_Desc" ON "Indicators" ("NumericTarget" DESC);

CREATE INDEX "IX_Indicators_Operator" ON "Indicators" ("Operator");

CREATE INDEX "IX_Indicators_Ordinal" ON "Indicators" ("Ordinal");

CREATE INDEX "IX_Indicators_Ordinal_Desc" ON "Indicators" ("Ordinal" DESC);

CREATE INDEX "IX_Indicators_UnitOfMeasure" ON "Indicators" ("UnitOfMeasure");

CREATE INDEX "IX_Indicators_Weight" ON "Indicators" ("Weight");

CREATE INDEX "IX_Indicators_Weight_Desc" ON "Indicators" ("Weight" DESC);

CREATE INDEX "IX_Budgets_BasicExpenditure" ON "Budgets" ("BasicExpenditure");

CREATE INDEX "IX_Budgets_BasicExpenditure_Desc" ON "Budgets" ("BasicExpenditure" DESC);

CREATE INDEX "IX_Budgets_CarryOver" ON "Budgets" ("CarryOver");

CREATE INDEX "IX_Budgets_FiscalYear_Desc" ON "Budgets" ("FiscalYear" DESC);

CREATE INDEX "IX_Budgets_IncomeTotal" ON "Budgets" ("IncomeTotal");

CREATE INDEX "IX_Budgets_IncomeTotal_Desc" ON "Budgets" ("IncomeTotal" DESC);

CREATE INDEX "IX_Budgets_PerformanceBudget" ON "Budgets" ("PerformanceBudget");

CREATE INDEX "IX_Budgets_PerformanceBudget_Desc" ON "Budgets" ("PerformanceBudget" DESC);

CREATE INDEX "IX_Budgets_ProcurementTotal" ON "Budgets" ("ProcurementTotal");

CREATE INDEX "IX_Budgets_ProjectExpenditure" ON "Budgets" ("ProjectExpenditure");

CREATE INDEX "IX_Budgets_ProjectExpenditure_Desc" ON "Budgets" ("ProjectExpenditure" DESC);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204095318_ConnectionSortAndFilterIndexes', '10.0.14');

CREATE TABLE "RowCounts" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_RowCounts" PRIMARY KEY,
    "Count" INTEGER NOT NULL
);

INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Projects', COUNT(*) FROM "Projects";
INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators', COUNT(*) FROM "Indicators";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204103000_RowCounts', '10.0.14');

CREATE INDEX "IX_Units_EnglishName" ON "Units" ("EnglishName");

CREATE INDEX "IX_Projects_Department" ON "Projects" ("Department");

CREATE INDEX "IX_Indicators_TextTarget" ON "Indicators" ("TextTarget") WHERE "TextTarget" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204123327_FreeTextEqualityIndexes', '10.0.14');

CREATE TABLE "ValueCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ValueCounts" PRIMARY KEY AUTOINCREMENT,
    "Column" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Count" INTEGER NOT NULL
);

CREATE INDEX "IX_ValueCounts_Column_Value" ON "ValueCounts" ("Column", "Value", "Count");

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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204131243_ValueCounts', '10.0.14');

ALTER TABLE "ValueCounts" ADD "Number" INTEGER NULL;

INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Projects.FiscalYear', "FiscalYear", COUNT(*) FROM "Projects" GROUP BY "FiscalYear";
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Projects.FiscalYear', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.FiscalYear' AND "Number" IS NULL);
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.FiscalYear', "FiscalYear", COUNT(*) FROM "Indicators" GROUP BY "FiscalYear";
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.FiscalYear', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.FiscalYear' AND "Number" IS NULL);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204135859_ValueCountNumbers', '10.0.14');

ALTER TABLE "ValueCounts" ADD "Flag" INTEGER NULL;

INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Projects.HasCoreIndicator', "HasCoreIndicator", COUNT(*) FROM "Projects" GROUP BY "HasCoreIndicator";
INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Projects.HasCoreIndicator', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.HasCoreIndicator' AND "Flag" IS NULL);
INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Indicators.IsCore', "IsCore", COUNT(*) FROM "Indicators" GROUP BY "IsCore";
INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Indicators.IsCore', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.IsCore' AND "Flag" IS NULL);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204141920_ValueCountFlags', '10.0.14');

CREATE INDEX "IX_ValueCounts_Column_Number" ON "ValueCounts" ("Column", "Number", "Count");

INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', "Weight", COUNT(*) FROM "Indicators" GROUP BY "Weight";
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Weight' AND "Number" IS NULL);
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', "NumericTarget", COUNT(*) FROM "Indicators" GROUP BY "NumericTarget";
INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.NumericTarget' AND "Number" IS NULL);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204152843_ValueCountTargets', '10.0.14');

CREATE INDEX "IX_SourceDocuments_LoaderRevision" ON "SourceDocuments" ("LoaderRevision");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204160814_SourceDocumentLoaderRevisionIndex', '10.0.14');

CREATE TABLE "AmountBandCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AmountBandCounts" PRIMARY KEY AUTOINCREMENT,
    "Column" TEXT NOT NULL,
    "FiscalYear" INTEGER NOT NULL,
    "Band" INTEGER NULL,
    "Count" INTEGER NOT NULL
);

CREATE INDEX "IX_AmountBandCounts_Column_Band_FiscalYear" ON "AmountBandCounts" ("Column", "Band", "FiscalYear", "Count");

INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.IncomeTotal', "FiscalYear", CASE WHEN "IncomeTotal" < 0 THEN -1 WHEN "IncomeTotal" < 100 THEN "IncomeTotal" WHEN "IncomeTotal" < CAST(1000 AS BIGINT) THEN "IncomeTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "IncomeTotal" < CAST(10000 AS BIGINT) THEN "IncomeTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "IncomeTotal" < CAST(100000 AS BIGINT) THEN "IncomeTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "IncomeTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "IncomeTotal" < 0 THEN -1 WHEN "IncomeTotal" < 100 THEN "IncomeTotal" WHEN "IncomeTotal" < CAST(1000 AS BIGINT) THEN "IncomeTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "IncomeTotal" < CAST(10000 AS BIGINT) THEN "IncomeTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "IncomeTotal" < CAST(100000 AS BIGINT) THEN "IncomeTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(10000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(100000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "IncomeTotal" < CAST(1000000000000000000 AS BIGINT) THEN "IncomeTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "IncomeTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.Expenditure', "FiscalYear", CASE WHEN "Expenditure" < 0 THEN -1 WHEN "Expenditure" < 100 THEN "Expenditure" WHEN "Expenditure" < CAST(1000 AS BIGINT) THEN "Expenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Expenditure" < CAST(10000 AS BIGINT) THEN "Expenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Expenditure" < CAST(100000 AS BIGINT) THEN "Expenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Expenditure" < CAST(1000000 AS BIGINT) THEN "Expenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Expenditure" < CAST(10000000 AS BIGINT) THEN "Expenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Expenditure" < CAST(100000000 AS BIGINT) THEN "Expenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Expenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "Expenditure" < 0 THEN -1 WHEN "Expenditure" < 100 THEN "Expenditure" WHEN "Expenditure" < CAST(1000 AS BIGINT) THEN "Expenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Expenditure" < CAST(10000 AS BIGINT) THEN "Expenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Expenditure" < CAST(100000 AS BIGINT) THEN "Expenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Expenditure" < CAST(1000000 AS BIGINT) THEN "Expenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Expenditure" < CAST(10000000 AS BIGINT) THEN "Expenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Expenditure" < CAST(100000000 AS BIGINT) THEN "Expenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Expenditure" < CAST(10000000000000000 AS BIGINT) THEN "Expenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Expenditure" < CAST(100000000000000000 AS BIGINT) THEN "Expenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Expenditure" < CAST(1000000000000000000 AS BIGINT) THEN "Expenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Expenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ExpenditureTotal', "FiscalYear", CASE WHEN "ExpenditureTotal" < 0 THEN -1 WHEN "ExpenditureTotal" < 100 THEN "ExpenditureTotal" WHEN "ExpenditureTotal" < CAST(1000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ExpenditureTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ExpenditureTotal" < 0 THEN -1 WHEN "ExpenditureTotal" < 100 THEN "ExpenditureTotal" WHEN "ExpenditureTotal" < CAST(1000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(10000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(100000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ExpenditureTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ExpenditureTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ExpenditureTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.PerformanceBudget', "FiscalYear", CASE WHEN "PerformanceBudget" < 0 THEN -1 WHEN "PerformanceBudget" < 100 THEN "PerformanceBudget" WHEN "PerformanceBudget" < CAST(1000 AS BIGINT) THEN "PerformanceBudget" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000 AS BIGINT) THEN "PerformanceBudget" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "PerformanceBudget" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "PerformanceBudget" < 0 THEN -1 WHEN "PerformanceBudget" < 100 THEN "PerformanceBudget" WHEN "PerformanceBudget" < CAST(1000 AS BIGINT) THEN "PerformanceBudget" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000 AS BIGINT) THEN "PerformanceBudget" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(10000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(100000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "PerformanceBudget" < CAST(1000000000000000000 AS BIGINT) THEN "PerformanceBudget" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "PerformanceBudget" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.BasicExpenditure', "FiscalYear", CASE WHEN "BasicExpenditure" < 0 THEN -1 WHEN "BasicExpenditure" < 100 THEN "BasicExpenditure" WHEN "BasicExpenditure" < CAST(1000 AS BIGINT) THEN "BasicExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000 AS BIGINT) THEN "BasicExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "BasicExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "BasicExpenditure" < 0 THEN -1 WHEN "BasicExpenditure" < 100 THEN "BasicExpenditure" WHEN "BasicExpenditure" < CAST(1000 AS BIGINT) THEN "BasicExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000 AS BIGINT) THEN "BasicExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "BasicExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "BasicExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "BasicExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ProjectExpenditure', "FiscalYear", CASE WHEN "ProjectExpenditure" < 0 THEN -1 WHEN "ProjectExpenditure" < 100 THEN "ProjectExpenditure" WHEN "ProjectExpenditure" < CAST(1000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProjectExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ProjectExpenditure" < 0 THEN -1 WHEN "ProjectExpenditure" < 100 THEN "ProjectExpenditure" WHEN "ProjectExpenditure" < CAST(1000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(10000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(100000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProjectExpenditure" < CAST(1000000000000000000 AS BIGINT) THEN "ProjectExpenditure" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProjectExpenditure" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.CarryOver', "FiscalYear", CASE WHEN "CarryOver" < 0 THEN -1 WHEN "CarryOver" < 100 THEN "CarryOver" WHEN "CarryOver" < CAST(1000 AS BIGINT) THEN "CarryOver" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "CarryOver" < CAST(10000 AS BIGINT) THEN "CarryOver" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "CarryOver" < CAST(100000 AS BIGINT) THEN "CarryOver" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "CarryOver" < CAST(1000000 AS BIGINT) THEN "CarryOver" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "CarryOver" < CAST(10000000 AS BIGINT) THEN "CarryOver" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "CarryOver" < CAST(100000000 AS BIGINT) THEN "CarryOver" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "CarryOver" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "CarryOver" < 0 THEN -1 WHEN "CarryOver" < 100 THEN "CarryOver" WHEN "CarryOver" < CAST(1000 AS BIGINT) THEN "CarryOver" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "CarryOver" < CAST(10000 AS BIGINT) THEN "CarryOver" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "CarryOver" < CAST(100000 AS BIGINT) THEN "CarryOver" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "CarryOver" < CAST(1000000 AS BIGINT) THEN "CarryOver" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "CarryOver" < CAST(10000000 AS BIGINT) THEN "CarryOver" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "CarryOver" < CAST(100000000 AS BIGINT) THEN "CarryOver" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "CarryOver" < CAST(10000000000000000 AS BIGINT) THEN "CarryOver" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "CarryOver" < CAST(100000000000000000 AS BIGINT) THEN "CarryOver" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "CarryOver" < CAST(1000000000000000000 AS BIGINT) THEN "CarryOver" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "CarryOver" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Budgets.ProcurementTotal', "FiscalYear", CASE WHEN "ProcurementTotal" < 0 THEN -1 WHEN "ProcurementTotal" < 100 THEN "ProcurementTotal" WHEN "ProcurementTotal" < CAST(1000 AS BIGINT) THEN "ProcurementTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000 AS BIGINT) THEN "ProcurementTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProcurementTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Budgets" GROUP BY "FiscalYear", CASE WHEN "ProcurementTotal" < 0 THEN -1 WHEN "ProcurementTotal" < 100 THEN "ProcurementTotal" WHEN "ProcurementTotal" < CAST(1000 AS BIGINT) THEN "ProcurementTotal" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000 AS BIGINT) THEN "ProcurementTotal" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(10000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(100000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "ProcurementTotal" < CAST(1000000000000000000 AS BIGINT) THEN "ProcurementTotal" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "ProcurementTotal" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;
INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Count") SELECT 'Projects.Amount', "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, COUNT(*) FROM "Projects" GROUP BY "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END;


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204174105_AmountBandCounts', '10.0.14');

DELETE FROM "NameGrams" WHERE "Kind" = 7;
DELETE FROM "NameGramCounts" WHERE "Kind" = 7;
WITH RECURSIVE "at" ("EntityId", "Name", "I") AS (
    SELECT "Id", "Department", 1 FROM "Projects" WHERE length("Department") >= 2
    UNION ALL SELECT "EntityId", "Name", "I" + 1 FROM "at" WHERE "I" + 1 < length("Name"))
INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId")
SELECT DISTINCT 7, substr("Name", "I", 2), "EntityId" FROM "at"
WHERE unicode(substr("Name", "I", 1)) BETWEEN 19968 AND 40959
  AND unicode(substr("Name", "I" + 1, 1)) BETWEEN 19968 AND 40959
ORDER BY 1, 2, 3;
INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" WHERE "Kind" = 7 GROUP BY "Kind", "Gram";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204192726_ProjectDepartmentGrams', '10.0.14');

CREATE INDEX "IX_Indicators_UnitId" ON "Indicators" ("UnitId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205014916_IndicatorUnitIndex', '10.0.14');

ALTER TABLE "Budgets" ADD "IndicatorRows" INTEGER NOT NULL DEFAULT 0;

UPDATE "Budgets" SET "IndicatorRows" = (SELECT COUNT(*) FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");

CREATE INDEX "IX_Budgets_UnitId_IndicatorRows" ON "Budgets" ("UnitId", "IndicatorRows");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205030754_BudgetIndicatorRows', '10.0.14');

CREATE INDEX "IX_Projects_UnitId_FiscalYear" ON "Projects" ("UnitId", "FiscalYear");

CREATE INDEX "IX_Indicators_UnitId_FiscalYear" ON "Indicators" ("UnitId", "FiscalYear");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205045003_UnitYearIndexes', '10.0.14');

CREATE INDEX "IX_Budgets_UnitId" ON "Budgets" ("UnitId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205065537_BudgetUnitIndex', '10.0.14');

CREATE INDEX "IX_Indicators_ProjectId" ON "Indicators" ("ProjectId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205070726_IndicatorProjectIndex', '10.0.14');

DROP INDEX "IX_Indicators_UnitId_FiscalYear";

CREATE INDEX "IX_Indicators_UnitId_FiscalYear_Categories" ON "Indicators" ("UnitId", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205092244_IndicatorUnitCategories', '10.0.14');

ALTER TABLE "Projects" ADD "DistrictName" TEXT NULL;

ALTER TABLE "Indicators" ADD "DistrictName" TEXT NULL;

UPDATE "Projects" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Projects"."UnitId");
UPDATE "Indicators" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Indicators"."UnitId");
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', "DistrictName", COUNT(*) FROM "Projects" GROUP BY "DistrictName";
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.DistrictName' AND "Value" IS NULL);
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', "DistrictName", COUNT(*) FROM "Indicators" GROUP BY "DistrictName";
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.DistrictName' AND "Value" IS NULL);

CREATE INDEX "IX_Projects_DistrictName" ON "Projects" ("DistrictName");

CREATE INDEX "IX_Indicators_DistrictName" ON "Indicators" ("DistrictName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205113516_CarriedDistricts', '10.0.14');

ALTER TABLE "Budgets" ADD "DistrictName" TEXT NULL;

UPDATE "Budgets" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Budgets"."UnitId");

CREATE INDEX "IX_Budgets_DistrictName" ON "Budgets" ("DistrictName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205123722_BudgetDistricts', '10.0.14');

DROP INDEX "IX_Indicators_DistrictName";

CREATE INDEX "IX_Indicators_DistrictName_Categories" ON "Indicators" ("DistrictName", "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205140453_IndicatorDistrictCategories', '10.0.14');

DROP INDEX "IX_Projects_DistrictName";

DROP INDEX "IX_Budgets_DistrictName";

CREATE INDEX "IX_Projects_DistrictName_Categories" ON "Projects" ("DistrictName", "Id", "FiscalYear", "HasCoreIndicator", "Category");

CREATE INDEX "IX_Budgets_DistrictName_Year" ON "Budgets" ("DistrictName", "Id", "FiscalYear", "IndicatorRows");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205143054_DistrictCategories', '10.0.14');

DROP INDEX "IX_Budgets_DistrictName_Year";

ALTER TABLE "Budgets" ADD "CoreIndicatorRows" INTEGER NOT NULL DEFAULT 0;

UPDATE "Budgets" SET "CoreIndicatorRows" = (SELECT COALESCE(SUM(CASE WHEN i."IsCore" = 1 THEN 1 ELSE 0 END), 0)
FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");

CREATE INDEX "IX_Budgets_DistrictName_Year" ON "Budgets" ("DistrictName", "Id", "FiscalYear", "IndicatorRows", "CoreIndicatorRows");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205154235_BudgetCoreIndicatorRows', '10.0.14');

INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', "DistrictName", COUNT(*) FROM "Budgets" GROUP BY "DistrictName";
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Budgets.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Budgets.DistrictName' AND "Value" IS NULL);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205163514_BudgetDistrictCounts', '10.0.14');

ALTER TABLE "Indicators" ADD "ProjectCategory" TEXT NULL;

UPDATE "Indicators" SET "ProjectCategory" = (SELECT p."Category" FROM "Projects" AS p WHERE p."Id" = "Indicators"."ProjectId") WHERE "ProjectId" IS NOT NULL;
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', "ProjectCategory", COUNT(*) FROM "Indicators" GROUP BY "ProjectCategory";
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.ProjectCategory' AND "Value" IS NULL);

CREATE INDEX "IX_Indicators_ProjectCategory" ON "Indicators" ("ProjectCategory");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205165610_IndicatorProjectCategories', '10.0.14');

ALTER TABLE "ValueCounts" ADD "DistrictName" TEXT NULL;

CREATE INDEX "IX_ValueCounts_Column_DistrictName_Value" ON "ValueCounts" ("Column", "DistrictName", "Value", "Count");

INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Operator@District', "DistrictName", "Operator", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Operator";
INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level1@District', "DistrictName", "Level1", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level1";
INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level2@District', "DistrictName", "Level2", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level2";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205183913_ValueCountsInDistricts', '10.0.14');

CREATE TABLE "DataRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataRevisions" PRIMARY KEY,
    "Number" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205205914_DataRevisions', '10.0.14');

CREATE INDEX "IX_Indicators_CardCategory" ON "Indicators" ("ProjectCategory") WHERE "ProjectId" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205215201_IndicatorCardCategoryIndex', '10.0.14');

DELETE FROM "RowCounts" WHERE "Name" = 'Indicators.WithoutProject';
INSERT INTO "RowCounts" ("Name", "Count") SELECT 'Indicators.WithoutProject', COUNT(*) FROM "Indicators" WHERE "ProjectId" IS NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205232835_IndicatorsWithoutProjectCount', '10.0.14');

CREATE TABLE "IndicatorFacetCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorFacetCounts" PRIMARY KEY AUTOINCREMENT,
    "FiscalYear" INTEGER NOT NULL,
    "Level1" TEXT NULL,
    "Level2" TEXT NULL,
    "Operator" TEXT NULL,
    "IsCore" INTEGER NULL,
    "Weight" INTEGER NULL,
    "ProjectCategory" TEXT NULL,
    "Count" INTEGER NOT NULL
);

CREATE INDEX "IX_IndicatorFacetCounts_FiscalYear" ON "IndicatorFacetCounts" ("FiscalYear");

INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count")
SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*) FROM "Indicators"
GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206035449_IndicatorFacetCounts', '10.0.14');

ALTER TABLE "IndicatorFacetCounts" ADD "FirstId" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "IndicatorFacetCounts" ADD "LastId" INTEGER NOT NULL DEFAULT 0;

DELETE FROM "IndicatorFacetCounts";
INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "Count", "FirstId", "LastId")
SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206043259_IndicatorFacetKeyBounds', '10.0.14');

CREATE TABLE "ProjectFacetCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProjectFacetCounts" PRIMARY KEY AUTOINCREMENT,
    "FiscalYear" INTEGER NOT NULL,
    "Category" TEXT NULL,
    "HasCoreIndicator" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "FirstId" INTEGER NOT NULL,
    "LastId" INTEGER NOT NULL
);

CREATE INDEX "IX_ProjectFacetCounts_FiscalYear" ON "ProjectFacetCounts" ("FiscalYear");

INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "Count", "FirstId", "LastId")
SELECT "FiscalYear", "Category", "HasCoreIndicator", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
GROUP BY "FiscalYear", "Category", "HasCoreIndicator";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206050927_ProjectFacetCounts', '10.0.14');

ALTER TABLE "IndicatorFacetCounts" ADD "UnitOfMeasure" TEXT NULL;

DELETE FROM "IndicatorFacetCounts";
INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "Count", "FirstId", "LastId")
SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206060555_IndicatorFacetUnitOfMeasure', '10.0.14');

DROP INDEX "IX_Indicators_NumericTarget_Name";

CREATE INDEX "IX_Indicators_NumericTarget_Name_Categories" ON "Indicators" ("NumericTarget", "Name", "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206064228_IndicatorTargetCategories', '10.0.14');

DROP INDEX "IX_Indicators_TextTarget";

CREATE INDEX "IX_Indicators_TextTarget_Categories" ON "Indicators" ("TextTarget", "Id", "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2") WHERE "TextTarget" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206070142_IndicatorTextTargetCategories', '10.0.14');

CREATE INDEX "IX_Projects_Amount_Categories" ON "Projects" ("Amount", "FiscalYear", "HasCoreIndicator", "Category");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206071916_ProjectAmountCategories', '10.0.14');

CREATE INDEX "IX_Budgets_FiscalYear_Amounts" ON "Budgets" ("FiscalYear", "IncomeTotal", "Expenditure", "ExpenditureTotal", "PerformanceBudget", "BasicExpenditure", "ProjectExpenditure", "CarryOver", "ProcurementTotal");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206082619_BudgetAmountsIndex', '10.0.14');

DROP INDEX "IX_Projects_Department";

CREATE INDEX "IX_Projects_Department_Categories" ON "Projects" ("Department", "Id", "FiscalYear", "HasCoreIndicator", "Category", "Amount");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206084014_ProjectDepartmentCategories', '10.0.14');

ALTER TABLE "IndicatorFacetCounts" ADD "NumericTarget" INTEGER NULL;

ALTER TABLE "IndicatorFacetCounts" ADD "TextTarget" TEXT NULL;

DELETE FROM "IndicatorFacetCounts";
INSERT INTO "IndicatorFacetCounts" ("FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", "Count", "FirstId", "LastId")
SELECT "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget", COUNT(*), MIN("Id"), MAX("Id") FROM "Indicators"
GROUP BY "FiscalYear", "Level1", "Level2", "Operator", "IsCore", "Weight", "ProjectCategory", "UnitOfMeasure", "NumericTarget", "TextTarget";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206092244_IndicatorFacetTargets', '10.0.14');

ALTER TABLE "ProjectFacetCounts" ADD "DistrictName" TEXT NULL;

DELETE FROM "ProjectFacetCounts";
INSERT INTO "ProjectFacetCounts" ("FiscalYear", "Category", "HasCoreIndicator", "DistrictName", "Count", "FirstId", "LastId")
SELECT "FiscalYear", "Category", "HasCoreIndicator", "DistrictName", COUNT(*), MIN("Id"), MAX("Id") FROM "Projects"
GROUP BY "FiscalYear", "Category", "HasCoreIndicator", "DistrictName";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206130241_ProjectFacetDistrict', '10.0.14');

DROP INDEX "IX_ValueCounts_Column_Value";

CREATE INDEX "IX_ValueCounts_Column_Value" ON "ValueCounts" ("Column", "Value", "Number", "Count");

INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Projects.Department@Year', "FiscalYear", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "FiscalYear", "Department";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206152029_ValueCountsInYears', '10.0.14');

DROP INDEX "IX_AmountBandCounts_Column_Band_FiscalYear";

ALTER TABLE "AmountBandCounts" ADD "Category" TEXT NULL;

ALTER TABLE "AmountBandCounts" ADD "HasCoreIndicator" INTEGER NULL;

CREATE INDEX "IX_AmountBandCounts_Column_Band_FiscalYear" ON "AmountBandCounts" ("Column", "Band", "FiscalYear", "Category", "HasCoreIndicator", "Count");

INSERT INTO "AmountBandCounts" ("Column", "FiscalYear", "Band", "Category", "HasCoreIndicator", "Count") SELECT 'Projects.Amount@Category,HasCoreIndicator', "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, "Category", "HasCoreIndicator", COUNT(*) FROM "Projects" GROUP BY "FiscalYear", CASE WHEN "Amount" < 0 THEN -1 WHEN "Amount" < 100 THEN "Amount" WHEN "Amount" < CAST(1000 AS BIGINT) THEN "Amount" / CAST(10 AS BIGINT) * CAST(10 AS BIGINT) WHEN "Amount" < CAST(10000 AS BIGINT) THEN "Amount" / CAST(100 AS BIGINT) * CAST(100 AS BIGINT) WHEN "Amount" < CAST(100000 AS BIGINT) THEN "Amount" / CAST(1000 AS BIGINT) * CAST(1000 AS BIGINT) WHEN "Amount" < CAST(1000000 AS BIGINT) THEN "Amount" / CAST(10000 AS BIGINT) * CAST(10000 AS BIGINT) WHEN "Amount" < CAST(10000000 AS BIGINT) THEN "Amount" / CAST(100000 AS BIGINT) * CAST(100000 AS BIGINT) WHEN "Amount" < CAST(100000000 AS BIGINT) THEN "Amount" / CAST(1000000 AS BIGINT) * CAST(1000000 AS BIGINT) WHEN "Amount" < CAST(1000000000 AS BIGINT) THEN "Amount" / CAST(10000000 AS BIGINT) * CAST(10000000 AS BIGINT) WHEN "Amount" < CAST(10000000000 AS BIGINT) THEN "Amount" / CAST(100000000 AS BIGINT) * CAST(100000000 AS BIGINT) WHEN "Amount" < CAST(100000000000 AS BIGINT) THEN "Amount" / CAST(1000000000 AS BIGINT) * CAST(1000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000 AS BIGINT) * CAST(10000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000 AS BIGINT) * CAST(100000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000 AS BIGINT) * CAST(1000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000 AS BIGINT) * CAST(10000000000000 AS BIGINT) WHEN "Amount" < CAST(10000000000000000 AS BIGINT) THEN "Amount" / CAST(100000000000000 AS BIGINT) * CAST(100000000000000 AS BIGINT) WHEN "Amount" < CAST(100000000000000000 AS BIGINT) THEN "Amount" / CAST(1000000000000000 AS BIGINT) * CAST(1000000000000000 AS BIGINT) WHEN "Amount" < CAST(1000000000000000000 AS BIGINT) THEN "Amount" / CAST(10000000000000000 AS BIGINT) * CAST(10000000000000000 AS BIGINT) ELSE "Amount" / CAST(100000000000000000 AS BIGINT) * CAST(100000000000000000 AS BIGINT) END, "Category", "HasCoreIndicator";


INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206164236_AmountBandsByCategoryAndCore', '10.0.14');

INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Projects.Department@Core', "HasCoreIndicator", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "HasCoreIndicator", "Department";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206173123_ValueCountsBesideCore', '10.0.14');

INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', "Name", COUNT(*) FROM "Indicators" GROUP BY "Name";
INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.Name', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Name' AND "Value" IS NULL);
INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Indicators.Name@Year', "FiscalYear", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "FiscalYear", "Name";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206185612_ValueCountsIndicatorNames', '10.0.14');

INSERT INTO "ValueCounts" ("Column", "Flag", "Value", "Count") SELECT 'Indicators.Name@Core', "IsCore", "Name", COUNT(*) FROM "Indicators" WHERE "Name" IS NOT NULL GROUP BY "IsCore", "Name";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206195233_ValueCountsIndicatorNamesBesideCore', '10.0.14');

DROP INDEX "IX_Indicators_Name";

CREATE INDEX "IX_Indicators_Name_Categories" ON "Indicators" ("Name", "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206212824_IndicatorNameCarriesCategories', '10.0.14');

DROP INDEX "IX_NameGrams_Kind_Gram_Value";

UPDATE "NameGrams" SET "Value" = (SELECT p."FiscalYear" FROM "Projects" AS p WHERE p."Id" = "NameGrams"."EntityId")
WHERE "Kind" = 3;
DELETE FROM "NameGramValueCounts" WHERE "Kind" = 3;
INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
SELECT "Kind", "Gram", "Value", COUNT(*) FROM "NameGrams" WHERE "Kind" = 3 AND "Value" IS NOT NULL
GROUP BY "Kind", "Gram", "Value";

CREATE INDEX "IX_NameGrams_Kind_Gram_Value" ON "NameGrams" ("Kind", "Gram", "Value");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261206225216_ProjectNameGramYears', '10.0.14');

DROP INDEX "IX_Projects_Name";

CREATE INDEX "IX_Projects_Name_Categories" ON "Projects" ("Name", "Id", "FiscalYear", "HasCoreIndicator", "Category");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207021456_ProjectNameCategories', '10.0.14');

CREATE INDEX "IX_Projects_Name_Desc_Categories" ON "Projects" ("Name" DESC, "Id", "FiscalYear", "HasCoreIndicator", "Category");

CREATE INDEX "IX_Indicators_Name_Desc_Categories" ON "Indicators" ("Name" DESC, "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207043334_NameDescendingCategories', '10.0.14');

CREATE INDEX "IX_Projects_FiscalYear_Amount_Desc" ON "Projects" ("FiscalYear", "Amount" DESC);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207084323_ProjectYearAmountDescending', '10.0.14');

CREATE INDEX "IX_Projects_FiscalYear_HasCoreIndicator" ON "Projects" ("FiscalYear", "HasCoreIndicator");

CREATE INDEX "IX_Indicators_FiscalYear_IsCore" ON "Indicators" ("FiscalYear", "IsCore");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207184219_YearCoreMarkIndexes', '10.0.14');

CREATE INDEX "IX_Projects_FiscalYear_Category" ON "Projects" ("FiscalYear", "Category");

CREATE INDEX "IX_Projects_FiscalYear_Category_Desc" ON "Projects" ("FiscalYear", "Category" DESC);

CREATE INDEX "IX_Projects_FiscalYear_Code" ON "Projects" ("FiscalYear", "Code");

CREATE INDEX "IX_Projects_FiscalYear_Code_Desc" ON "Projects" ("FiscalYear", "Code" DESC);

CREATE INDEX "IX_Projects_FiscalYear_Ordinal" ON "Projects" ("FiscalYear", "Ordinal");

CREATE INDEX "IX_Projects_FiscalYear_Ordinal_Desc" ON "Projects" ("FiscalYear", "Ordinal" DESC);

CREATE INDEX "IX_Indicators_FiscalYear_NumericTarget" ON "Indicators" ("FiscalYear", "NumericTarget");

CREATE INDEX "IX_Indicators_FiscalYear_NumericTarget_Desc" ON "Indicators" ("FiscalYear", "NumericTarget" DESC);

CREATE INDEX "IX_Indicators_FiscalYear_Ordinal" ON "Indicators" ("FiscalYear", "Ordinal");

CREATE INDEX "IX_Indicators_FiscalYear_Ordinal_Desc" ON "Indicators" ("FiscalYear", "Ordinal" DESC);

CREATE INDEX "IX_Indicators_FiscalYear_Weight" ON "Indicators" ("FiscalYear", "Weight");

CREATE INDEX "IX_Indicators_FiscalYear_Weight_Desc" ON "Indicators" ("FiscalYear", "Weight" DESC);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207203944_YearOrderIndexes', '10.0.14');

DROP INDEX "IX_Projects_Category";

DROP INDEX "IX_Projects_Category_Desc";

DROP INDEX "IX_Projects_Code";

DROP INDEX "IX_Projects_Code_Desc";

DROP INDEX "IX_Indicators_NumericTarget";

DROP INDEX "IX_Indicators_NumericTarget_Desc";

DROP INDEX "IX_Indicators_Weight";

DROP INDEX "IX_Indicators_Weight_Desc";

CREATE INDEX "IX_Projects_Category_Categories" ON "Projects" ("Category", "Id", "FiscalYear", "HasCoreIndicator");

CREATE INDEX "IX_Projects_Category_Desc_Categories" ON "Projects" ("Category" DESC, "Id", "FiscalYear", "HasCoreIndicator");

CREATE INDEX "IX_Projects_Code_Categories" ON "Projects" ("Code", "Id", "FiscalYear", "HasCoreIndicator", "Category");

CREATE INDEX "IX_Projects_Code_Desc_Categories" ON "Projects" ("Code" DESC, "Id", "FiscalYear", "HasCoreIndicator", "Category");

CREATE INDEX "IX_Indicators_NumericTarget_Categories" ON "Indicators" ("NumericTarget", "Id", "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2");

CREATE INDEX "IX_Indicators_NumericTarget_Desc_Categories" ON "Indicators" ("NumericTarget" DESC, "Id", "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2");

CREATE INDEX "IX_Indicators_Weight_Categories" ON "Indicators" ("Weight", "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

CREATE INDEX "IX_Indicators_Weight_Desc_Categories" ON "Indicators" ("Weight" DESC, "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207211237_SortIndexesCarryCategories', '10.0.14');

DROP INDEX "IX_Indicators_FiscalYear_IsCore";

DROP INDEX "IX_Indicators_Level1";

DROP INDEX "IX_Indicators_Level2";

DROP INDEX "IX_Indicators_Operator";

DROP INDEX "IX_Indicators_UnitOfMeasure";

CREATE INDEX "IX_Indicators_FiscalYear_IsCore_Orders" ON "Indicators" ("FiscalYear", "IsCore", "Id", "Weight", "NumericTarget", "Ordinal");

CREATE INDEX "IX_Indicators_Level1_Orders" ON "Indicators" ("Level1", "Id", "Weight", "NumericTarget", "Ordinal");

CREATE INDEX "IX_Indicators_Level2_Orders" ON "Indicators" ("Level2", "Id", "Weight", "NumericTarget", "Ordinal");

CREATE INDEX "IX_Indicators_Operator_Orders" ON "Indicators" ("Operator", "Id", "Weight", "NumericTarget", "Ordinal");

CREATE INDEX "IX_Indicators_UnitOfMeasure_Orders" ON "Indicators" ("UnitOfMeasure", "Id", "Weight", "NumericTarget", "Ordinal");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207230153_FilterIndexesCarryOrders', '10.0.14');

