using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class YearOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Category",
                table: "Projects",
                columns: new[] { "FiscalYear", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Category_Desc",
                table: "Projects",
                columns: new[] { "FiscalYear", "Category" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects",
                columns: new[] { "FiscalYear", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Code_Desc",
                table: "Projects",
                columns: new[] { "FiscalYear", "Code" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Ordinal",
                table: "Projects",
                columns: new[] { "FiscalYear", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Ordinal_Desc",
                table: "Projects",
                columns: new[] { "FiscalYear", "Ordinal" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_NumericTarget",
                table: "Indicators",
                columns: new[] { "FiscalYear", "NumericTarget" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_NumericTarget_Desc",
                table: "Indicators",
                columns: new[] { "FiscalYear", "NumericTarget" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_Ordinal",
                table: "Indicators",
                columns: new[] { "FiscalYear", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_Ordinal_Desc",
                table: "Indicators",
                columns: new[] { "FiscalYear", "Ordinal" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_Weight",
                table: "Indicators",
                columns: new[] { "FiscalYear", "Weight" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_Weight_Desc",
                table: "Indicators",
                columns: new[] { "FiscalYear", "Weight" },
                descending: new[] { false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Category",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Category_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Code_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Ordinal",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Ordinal_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_NumericTarget",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_NumericTarget_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_Ordinal",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_Ordinal_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_Weight",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_Weight_Desc",
                table: "Indicators");
        }
    }
}
