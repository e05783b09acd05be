using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorNameCarriesCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_Name",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name_Categories",
                table: "Indicators",
                columns: new[] { "Name", "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_Name_Categories",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name",
                table: "Indicators",
                column: "Name");
        }
    }
}
