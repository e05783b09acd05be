using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ValueCounts_Column_Number",
                table: "ValueCounts",
                columns: new[] { "Column", "Number", "Count" });

            // ---- Hand-written backfill (issue 8 session 34; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the counts of their indicators' weights and numeric targets, with the SQL a
            // bulk load runs at its end (Import/ValueCounts.AllColumns, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', "Weight", COUNT(*) FROM "Indicators" GROUP BY "Weight";
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.Weight', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.Weight' AND "Number" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', "NumericTarget", COUNT(*) FROM "Indicators" GROUP BY "NumericTarget";
                INSERT INTO "ValueCounts" ("Column", "Number", "Count") SELECT 'Indicators.NumericTarget', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.NumericTarget' AND "Number" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" IN ('Indicators.Weight', 'Indicators.NumericTarget');""");
            migrationBuilder.DropIndex(
                name: "IX_ValueCounts_Column_Number",
                table: "ValueCounts");
        }
    }
}
