using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectDepartmentGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 36) ----------------------------------------------------------------
            // The grams of the projects' departments (NameGramKind 7, ProjectDepartment) and their counts, for the
            // databases already stored; written afresh (an older database that ran the NameGrams migration after this
            // code changed has them already). The rule of Search/NameGramSql.BackfillSqlite for this kind, copied (a
            // migration never calls code that may change later); NameGramIndexTests checks it against the importer's rows.
            migrationBuilder.Sql("""
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
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "NameGrams" WHERE "Kind" = 7;
                DELETE FROM "NameGramCounts" WHERE "Kind" = 7;
                """);
        }
    }
}
