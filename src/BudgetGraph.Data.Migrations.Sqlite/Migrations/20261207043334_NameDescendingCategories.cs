using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameDescendingCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name_Desc_Categories",
                table: "Projects",
                columns: new[] { "Name", "Id", "FiscalYear", "HasCoreIndicator", "Category" },
                descending: new[] { true, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name_Desc_Categories",
                table: "Indicators",
                columns: new[] { "Name", "Id", "FiscalYear", "IsCore", "Operator", "Level1", "Level2" },
                descending: new[] { true, false, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Name_Desc_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Name_Desc_Categories",
                table: "Indicators");
        }
    }
}
