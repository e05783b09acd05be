using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class YearCoreMarkIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_HasCoreIndicator",
                table: "Projects",
                columns: new[] { "FiscalYear", "HasCoreIndicator" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_IsCore",
                table: "Indicators",
                columns: new[] { "FiscalYear", "IsCore" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_HasCoreIndicator",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_IsCore",
                table: "Indicators");
        }
    }
}
