using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorUnitCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitId_FiscalYear",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitId_FiscalYear_Categories",
                table: "Indicators",
                columns: new[] { "UnitId", "FiscalYear" })
                .Annotation("SqlServer:Include", new[] { "IsCore", "Operator", "Level1", "Level2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitId_FiscalYear_Categories",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitId_FiscalYear",
                table: "Indicators",
                columns: new[] { "UnitId", "FiscalYear" });
        }
    }
}
