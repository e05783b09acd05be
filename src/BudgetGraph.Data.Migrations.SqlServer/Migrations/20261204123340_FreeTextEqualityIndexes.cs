using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FreeTextEqualityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Units_EnglishName",
                table: "Units",
                column: "EnglishName");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Department",
                table: "Projects",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_TextTarget",
                table: "Indicators",
                column: "TextTarget",
                filter: "[TextTarget] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_EnglishName",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Department",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_TextTarget",
                table: "Indicators");
        }
    }
}
