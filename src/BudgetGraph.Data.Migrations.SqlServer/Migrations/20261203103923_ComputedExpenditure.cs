using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
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
                type: "bigint",
                nullable: true,
                computedColumnSql: "COALESCE(\"ExpenditureTotal\", \"PerformanceBudget\")",
                stored: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Expenditure",
                table: "Budgets",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComputedColumnSql: "COALESCE(\"ExpenditureTotal\", \"PerformanceBudget\")");
        }
    }
}
