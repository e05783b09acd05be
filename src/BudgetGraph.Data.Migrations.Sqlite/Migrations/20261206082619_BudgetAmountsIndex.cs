using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BudgetAmountsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_Amounts",
                table: "Budgets",
                columns: new[] { "FiscalYear", "IncomeTotal", "Expenditure", "ExpenditureTotal", "PerformanceBudget", "BasicExpenditure", "ProjectExpenditure", "CarryOver", "ProcurementTotal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_Amounts",
                table: "Budgets");
        }
    }
}
