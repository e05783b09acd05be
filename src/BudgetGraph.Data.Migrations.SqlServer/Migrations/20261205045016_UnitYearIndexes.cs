using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UnitYearIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_UnitId_FiscalYear",
                table: "Projects",
                columns: new[] { "UnitId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitId_FiscalYear",
                table: "Indicators",
                columns: new[] { "UnitId", "FiscalYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_UnitId_FiscalYear",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitId_FiscalYear",
                table: "Indicators");
        }
    }
}
