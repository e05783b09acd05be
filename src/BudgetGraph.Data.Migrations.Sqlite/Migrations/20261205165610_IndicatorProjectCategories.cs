using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorProjectCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProjectCategory",
                table: "Indicators",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 45; the same SQL on SQLite and SQL Server) --------------------
            // The indicators already stored get their card's category (an overall goal's keep null), and its value counts
            // with the SQL a bulk load runs at its end (Import/ValueCounts.AllColumns, copied: a migration never calls code
            // that may change later); written before the index, which is then built once.
            migrationBuilder.Sql("""
                UPDATE "Indicators" SET "ProjectCategory" = (SELECT p."Category" FROM "Projects" AS p WHERE p."Id" = "Indicators"."ProjectId") WHERE "ProjectId" IS NOT NULL;
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', "ProjectCategory", COUNT(*) FROM "Indicators" GROUP BY "ProjectCategory";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.ProjectCategory', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.ProjectCategory' AND "Value" IS NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ProjectCategory",
                table: "Indicators",
                column: "ProjectCategory");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" = 'Indicators.ProjectCategory';""");
            migrationBuilder.DropIndex(
                name: "IX_Indicators_ProjectCategory",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ProjectCategory",
                table: "Indicators");
        }
    }
}
