using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Issue 8 (session 60): a card's name index holds its year, core mark and category after the name and the key
    /// (IX_Projects_Name_Categories in place of IX_Projects_Name), so that a page by name beside them walks it, each entry
    /// tested there. Schema only: no row changes.
    /// </summary>
    public partial class ProjectNameCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Name",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name_Categories",
                table: "Projects",
                columns: new[] { "Name", "Id", "FiscalYear", "HasCoreIndicator", "Category" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Name_Categories",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Name",
                table: "Projects",
                column: "Name");
        }
    }
}
