using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetIndicatorRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IndicatorRows",
                table: "Budgets",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // ---- Hand-written backfill (issue 8; the same UPDATE on SQLite and SQL Server) ----------------------------------
            // The budgets already stored get their indicators' counts with the SQL a bulk load runs at its end
            // (Import/BudgetRowCounts.AllBudgets, copied: a migration never calls code that may change later); inside EXEC: SQL Server compiles a batch before running it, and the column this migration adds does not exist yet then.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE "Budgets" SET "IndicatorRows" = (SELECT COUNT(*) FROM "Indicators" AS i WHERE i."BudgetId" = "Budgets"."Id");');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_UnitId_IndicatorRows",
                table: "Budgets",
                column: "UnitId")
                .Annotation("SqlServer:Include", new[] { "IndicatorRows" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_UnitId_IndicatorRows",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "IndicatorRows",
                table: "Budgets");
        }
    }
}
