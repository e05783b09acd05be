using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorTextTargetCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_TextTarget",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_TextTarget_Categories",
                table: "Indicators",
                columns: new[] { "TextTarget", "Id" },
                filter: "[TextTarget] IS NOT NULL")
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_TextTarget_Categories",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_TextTarget",
                table: "Indicators",
                column: "TextTarget",
                filter: "[TextTarget] IS NOT NULL");
        }
    }
}
