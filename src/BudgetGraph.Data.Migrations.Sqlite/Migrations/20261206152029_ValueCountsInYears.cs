using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountsInYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ValueCounts_Column_Value",
                table: "ValueCounts");

            migrationBuilder.CreateIndex(
                name: "IX_ValueCounts_Column_Value",
                table: "ValueCounts",
                columns: new[] { "Column", "Value", "Number", "Count" });

            // ---- Hand-written backfill (issue 8 session 55; the same SQL on SQLite and SQL Server) --------------------
            // The cards' departments are counted in each year too (Import/ValueCounts.InYears): the databases already
            // stored get their counts, with the SQL a bulk load runs at its end (Import/ValueCounts.InYearsSql, copied: a
            // migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Number", "Value", "Count") SELECT 'Projects.Department@Year', "FiscalYear", "Department", COUNT(*) FROM "Projects" WHERE "Department" IS NOT NULL GROUP BY "FiscalYear", "Department";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" = 'Projects.Department@Year';""");

            migrationBuilder.DropIndex(
                name: "IX_ValueCounts_Column_Value",
                table: "ValueCounts");

            migrationBuilder.CreateIndex(
                name: "IX_ValueCounts_Column_Value",
                table: "ValueCounts",
                columns: new[] { "Column", "Value", "Count" });
        }
    }
}
