using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProjectDepartmentCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Department",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Department_Categories",
                table: "Projects",
                columns: new[] { "Department", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator", "Category", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Department_Categories",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Department",
                table: "Projects",
                column: "Department");
        }
    }
}
