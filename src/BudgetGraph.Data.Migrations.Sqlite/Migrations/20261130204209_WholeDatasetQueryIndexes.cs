using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WholeDatasetQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget_Name",
                table: "Indicators",
                columns: new[] { "NumericTarget", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Aggregate_Budget",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "BudgetId", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Aggregate_Subject",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_ExpenditureTotal",
                table: "Budgets",
                columns: new[] { "FiscalYear", "ExpenditureTotal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget_Name",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Aggregate_Budget",
                table: "ExpenditureLines");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Aggregate_Subject",
                table: "ExpenditureLines");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_ExpenditureTotal",
                table: "Budgets");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators",
                column: "NumericTarget");
        }
    }
}
