using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorDistrictCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_DistrictName",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_DistrictName_Categories",
                table: "Indicators",
                columns: new[] { "DistrictName", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "Level1", "Level2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_DistrictName_Categories",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_DistrictName",
                table: "Indicators",
                column: "DistrictName");
        }
    }
}
