using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UnitNameStartGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 27) ----------------------------------------------------------------
            // The start grams of the unit names (NameGramKind 5 and 6: the first two UTF-16 code units of the official and
            // the short name when both are ideographs, Search/NameGrams.Start) and their counts, for the databases already
            // stored; written afresh (an older database that ran the NameGrams migration after this code changed has
            // them already). The rule of Search/NameGramSql.BackfillSqlServer for these kinds, copied (a migration never
            // calls code that may change later).
            migrationBuilder.Sql("""
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
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM [NameGrams] WHERE [Kind] IN (5, 6);
                DELETE FROM [NameGramCounts] WHERE [Kind] IN (5, 6);
                """);
        }
    }
}
