using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServedExpenditure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Expenditure",
                table: "Budgets",
                type: "INTEGER",
                nullable: true);

            // Hand-written: budgets already stored get the value they were served with (the importer then wrote ExpenditureTotal ?? PerformanceBudget; ComputedExpenditure later made it the database's), so the
            // new filter agrees with totals.expenditure before any document is read again (portable SQL).
            migrationBuilder.Sql("""
                UPDATE "Budgets" SET "Expenditure" = COALESCE("ExpenditureTotal", "PerformanceBudget");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_Expenditure",
                table: "Budgets",
                column: "Expenditure");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_Expenditure_Desc",
                table: "Budgets",
                column: "Expenditure",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_Expenditure",
                table: "Budgets",
                columns: new[] { "FiscalYear", "Expenditure" });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_FiscalYear_Expenditure_Desc",
                table: "Budgets",
                columns: new[] { "FiscalYear", "Expenditure" },
                descending: new[] { false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_Expenditure",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_Expenditure_Desc",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_Expenditure",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_FiscalYear_Expenditure_Desc",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "Expenditure",
                table: "Budgets");
        }
    }
}
