using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProjectDepartmentGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 36) ----------------------------------------------------------------
            // The grams of the projects' departments (NameGramKind 7, ProjectDepartment; positions in UTF-16 code units,
            // as in C#) and their counts, for the databases already stored; written afresh (an older database that ran
            // the NameGrams migration after this code changed has them already). The rule of
            // Search/NameGramSql.BackfillSqlServer for this kind, copied (a migration never calls code that may change later).
            migrationBuilder.Sql("""
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
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM [NameGrams] WHERE [Kind] = 7;
                DELETE FROM [NameGramCounts] WHERE [Kind] = 7;
                """);
        }
    }
}
