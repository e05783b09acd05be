using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComputedExpenditure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Expenditure",
                table: "Budgets",
                type: "INTEGER",
                nullable: true,
                computedColumnSql: "COALESCE(\"ExpenditureTotal\", \"PerformanceBudget\")",
                stored: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Expenditure",
                table: "Budgets",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true,
                oldComputedColumnSql: "COALESCE(\"ExpenditureTotal\", \"PerformanceBudget\")");
        }
    }
}
