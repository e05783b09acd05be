using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DistrictCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_DistrictName",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_DistrictName",
                table: "Budgets");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DistrictName_Categories",
                table: "Projects",
                columns: new[] { "DistrictName", "Id", "FiscalYear", "HasCoreIndicator", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets",
                columns: new[] { "DistrictName", "Id", "FiscalYear", "IndicatorRows" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_DistrictName_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_DistrictName_Year",
                table: "Budgets");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DistrictName",
                table: "Projects",
                column: "DistrictName");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_DistrictName",
                table: "Budgets",
                column: "DistrictName");
        }
    }
}
