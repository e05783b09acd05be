using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
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
                columns: new[] { "Name", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Name_Desc_Categories",
                table: "Indicators",
                columns: new[] { "Name", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "Level1", "Level2" });
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
