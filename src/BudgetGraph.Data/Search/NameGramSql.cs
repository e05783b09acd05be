namespace BudgetGraph.Data.Search;

/// <summary>
/// The backfill of the gram index for a database that has names but no grams yet (the migration that adds
/// <c>NameGrams</c> runs it, per provider), in SQL so the migration needs no C#: it must derive exactly the rows of
/// <see cref="NameGrams.Of"/> — adjacent pairs of U+4E00–U+9FFF (19968–40959), distinct per name —
/// which <c>NameGramBackfillTests</c> checks against the importer's rows. Kept here, in one place, so that a
/// regenerated migration only needs its one <c>migrationBuilder.Sql(…)</c> line again.
/// To index another name: add its kind to <see cref="Entities.NameGramKind"/> and a line to both <c>names</c> lists (the
/// starts of the unit names, kinds 5 and 6, are the first two characters of the name: <see cref="NameGrams.Start"/>), and
/// a migration that writes the new kind's rows and counts into existing databases (e.g. <c>UnitNameStartGrams</c>).
/// </summary>
public static class NameGramSql
{
    /// <summary>SQLite: <c>substr</c>/<c>length</c> count characters (a supplementary one is one, and no ideograph of the BMP).</summary>
    public const string BackfillSqlite = PositionsSqlite + "\n" + """
        INSERT INTO "NameGrams" ("Kind", "Gram", "EntityId")
        """ + "\n" + GramsSqlite + "\n" + "ORDER BY 1, 2, 3;";

    // Every name to index ("names") and every position of a name that may start a gram ("at"): a WITH clause, the
    // backfill's and the audit's (DeriveIntoTempSqlite).
    private const string PositionsSqlite = """
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
        """;

    // The distinct grams (kind, gram, entity) of the positions whose two characters are both ideographs.
    private const string GramsSqlite = """
        SELECT DISTINCT "Kind", substr("Name", "I", 2), "EntityId" FROM "at"
        WHERE unicode(substr("Name", "I", 1)) BETWEEN 19968 AND 40959
          AND unicode(substr("Name", "I" + 1, 1)) BETWEEN 19968 AND 40959
        """;

    /// <summary>
    /// The numbers an indicator name's grams carry (<see cref="Entities.NameGram.Value"/>: its target), set on the rows
    /// <see cref="BackfillSqlite"/> derived — that backfill is the <c>NameGrams</c> migration's, from before the column, and
    /// stays as it was; the <c>TextSearchIndexes</c> migration runs this one, and so does every later rebuild after it.
    /// </summary>
    public const string BackfillValuesSqlite = """
        UPDATE "NameGrams" SET "Value" = (SELECT i."NumericTarget" FROM "Indicators" AS i WHERE i."Id" = "NameGrams"."EntityId")
        WHERE "Kind" = 4;
        """;

    /// <summary>SQL Server: as <see cref="BackfillValuesSqlite"/>.</summary>
    public const string BackfillValuesSqlServer = """
        UPDATE g SET g.[Value] = i.[NumericTarget]
        FROM [NameGrams] AS g INNER JOIN [Indicators] AS i ON i.[Id] = g.[EntityId]
        WHERE g.[Kind] = 4;
        """;

    /// <summary>
    /// The year a project name's grams carry (<see cref="Entities.NameGram.Value"/>: its fiscal year), set on rows derived
    /// without it (as <see cref="BackfillValuesSqlite"/>; the <c>ProjectNameGramYears</c> migration runs its own copy, and
    /// its T-SQL form on SQL Server).
    /// </summary>
    public const string BackfillProjectYearsSqlite = """
        UPDATE "NameGrams" SET "Value" = (SELECT p."FiscalYear" FROM "Projects" AS p WHERE p."Id" = "NameGrams"."EntityId")
        WHERE "Kind" = 3;
        """;

    /// <summary>
    /// The slugs the unit grams carry (<see cref="Entities.NameGram.Slug"/>), set on rows derived without them (as
    /// <see cref="BackfillValuesSqlite"/>; the <c>UnitNameGramSlugs</c> migration runs its own copy, and its T-SQL form
    /// on SQL Server, where nothing else derives gram rows).
    /// </summary>
    public const string BackfillSlugsSqlite = """
        UPDATE "NameGrams" SET "Slug" = (SELECT u."Slug" FROM "Units" AS u WHERE u."Id" = "NameGrams"."EntityId")
        WHERE "Kind" IN (1, 2, 5, 6);
        """;

    /// <summary>
    /// The whole gram index of an SQLite database derived again from its names: rows, numbers, slugs and counts (after
    /// <c>DELETE FROM "NameGrams"</c>) — the rows a row-by-row import leaves, for rows written without the importer (an
    /// interrupted bulk load, test data).
    /// </summary>
    public const string RebuildSqlite = BackfillSqlite + "\n" + BackfillValuesSqlite + "\n" + BackfillProjectYearsSqlite + "\n"
        + BackfillSlugsSqlite + "\n" + Counts;

    /// <summary>
    /// Every gram's count again from the gram rows (<see cref="Entities.NameGramCount"/>), and the count of each number
    /// they carry (<see cref="Entities.NameGramValueCount"/>; SQLite and SQL Server): after a backfill of <c>NameGrams</c>
    /// (an interrupted bulk load, test data); the migrations that added the tables run their own copies.
    /// </summary>
    public const string Counts = """
        DELETE FROM "NameGramCounts";
        INSERT INTO "NameGramCounts" ("Kind", "Gram", "Count")
        SELECT "Kind", "Gram", COUNT(*) FROM "NameGrams" GROUP BY "Kind", "Gram";
        DELETE FROM "NameGramValueCounts";
        INSERT INTO "NameGramValueCounts" ("Kind", "Gram", "Value", "Count")
        SELECT "Kind", "Gram", "Value", COUNT(*) FROM "NameGrams" WHERE "Value" IS NOT NULL GROUP BY "Kind", "Gram", "Value";
        """;

    /// <summary>SQL Server: positions in UTF-16 code units (DATALENGTH / 2), as in C#.</summary>
    public const string BackfillSqlServer = PositionsSqlServer + "\n" + """
        INSERT INTO [NameGrams] ([Kind], [Gram], [EntityId])
        """ + "\n" + GramsSqlServer + "\n" + "OPTION (MAXRECURSION 0);";

    // As PositionsSqlite.
    private const string PositionsSqlServer = """
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
        """;

    // As GramsSqlite.
    private const string GramsSqlServer = """
        SELECT DISTINCT [Kind], SUBSTRING([Name], [I], 2) COLLATE Latin1_General_100_BIN2, [EntityId] FROM [at]
        WHERE UNICODE(SUBSTRING([Name], [I], 1)) BETWEEN 19968 AND 40959
          AND UNICODE(SUBSTRING([Name], [I] + 1, 1)) BETWEEN 19968 AND 40959
        """;

    /// <summary>
    /// The audit's table of every gram row the names give (<see cref="DerivedTable"/>, dropped by the audit), each with the
    /// number and the slug it carries (<see cref="BackfillValuesSqlite"/>, <see cref="BackfillProjectYearsSqlite"/>,
    /// <see cref="BackfillSlugsSqlite"/>): the rows a
    /// row-by-row import leaves, to compare the kept ones with (<c>Import.NameGramRowsAudit</c>). SQLite.
    /// </summary>
    public const string DeriveIntoTempSqlite = """
        CREATE TEMP TABLE "DerivedNameGrams" ("Kind" INTEGER NOT NULL, "Gram" TEXT NOT NULL, "EntityId" INTEGER NOT NULL,
            "Value" INTEGER NULL, "Slug" TEXT NULL, PRIMARY KEY ("Kind", "Gram", "EntityId")) WITHOUT ROWID;
        """ + "\n" + PositionsSqlite + ",\n" + """
        "grams" ("Kind", "Gram", "EntityId") AS (
        """ + "\n" + GramsSqlite + ")\n" + """
        INSERT INTO temp."DerivedNameGrams" ("Kind", "Gram", "EntityId", "Value", "Slug")
        SELECT g."Kind", g."Gram", g."EntityId", coalesce(i."NumericTarget", p."FiscalYear"), u."Slug" FROM "grams" AS g
        LEFT JOIN "Indicators" AS i ON g."Kind" = 4 AND i."Id" = g."EntityId"
        LEFT JOIN "Projects" AS p ON g."Kind" = 3 AND p."Id" = g."EntityId"
        LEFT JOIN "Units" AS u ON g."Kind" IN (1, 2, 5, 6) AND u."Id" = g."EntityId";
        """;

    /// <summary>SQL Server: as <see cref="DeriveIntoTempSqlite"/> (a temporary table of the session, its text columns
    /// compared as the kept ones are: the gram in binary, the slug in the database's collation).</summary>
    public const string DeriveIntoTempSqlServer = """
        CREATE TABLE #DerivedNameGrams ([Kind] tinyint NOT NULL, [Gram] nchar(2) COLLATE Latin1_General_100_BIN2 NOT NULL,
            [EntityId] int NOT NULL, [Value] bigint NULL, [Slug] nvarchar(64) COLLATE DATABASE_DEFAULT NULL,
            PRIMARY KEY ([Kind], [Gram], [EntityId]));
        """ + "\n" + PositionsSqlServer + ",\n" + """
        [grams] ([Kind], [Gram], [EntityId]) AS (
        """ + "\n" + GramsSqlServer + ")\n" + """
        INSERT INTO #DerivedNameGrams ([Kind], [Gram], [EntityId], [Value], [Slug])
        SELECT g.[Kind], g.[Gram], g.[EntityId], COALESCE(i.[NumericTarget], p.[FiscalYear]), u.[Slug] FROM [grams] AS g
        LEFT JOIN [Indicators] AS i ON g.[Kind] = 4 AND i.[Id] = g.[EntityId]
        LEFT JOIN [Projects] AS p ON g.[Kind] = 3 AND p.[Id] = g.[EntityId]
        LEFT JOIN [Units] AS u ON g.[Kind] IN (1, 2, 5, 6) AND u.[Id] = g.[EntityId]
        OPTION (MAXRECURSION 0);
        """;

    /// <summary>The name of the table <see cref="DeriveIntoTempSqlite"/> or <see cref="DeriveIntoTempSqlServer"/> writes.</summary>
    public static string DerivedTable(bool sqlServer) => sqlServer ? "#DerivedNameGrams" : "temp.\"DerivedNameGrams\"";
}
