using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
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
                type: "bigint",
                nullable: true);

            // Hand-written: budgets already stored get the value they were served with (the importer then wrote ExpenditureTotal ?? PerformanceBudget; ComputedExpenditure later made it the database's), so the
            // new filter agrees with totals.expenditure before any document is read again. EXEC: the idempotent script runs
            // this in the batch that adds the column, which T-SQL would otherwise compile before the column exists.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE "Budgets" SET "Expenditure" = COALESCE("ExpenditureTotal", "PerformanceBudget");');
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
