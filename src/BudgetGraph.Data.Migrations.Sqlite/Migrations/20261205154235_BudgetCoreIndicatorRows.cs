using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BudgetCoreIndicatorRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets");

            migrationBuilder.AddColumn<int>(
                name: "CoreIndicatorRows",
                table: "Budgets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // ---- Hand-written backfill (issue 8; the same UPDATE on SQLite and SQL Server) ----------------------------------
            // Each stored budget's core indicators, with the SQL a bulk load runs at its end (Import/BudgetRowCounts,
            // copied: a migration never calls code that may change later), summed over its rows rather than filtered by
            // the core mark (SQLite would read that mark's index once per budget); before the index, built once.
            migrationBuilder.Sql("""
                UPDATE "Budgets" SET "CoreIndicatorRows" = (SELECT COALESCE(SUM(CASE WHEN i."IsCore" = 1 THEN 1 ELSE 0 END), 0)
                FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets",
                columns: new[] { "DistrictName", "Id", "FiscalYear", "IndicatorRows", "CoreIndicatorRows" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "CoreIndicatorRows",
                table: "Budgets");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets",
                columns: new[] { "DistrictName", "Id", "FiscalYear", "IndicatorRows" });
        }
    }
}
