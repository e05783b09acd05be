using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SortIndexesCarryCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Category",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Category_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code_Desc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget_Desc",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight_Desc",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category_Categories",
                table: "Projects",
                columns: new[] { "Category", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category_Desc_Categories",
                table: "Projects",
                columns: new[] { "Category", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code_Categories",
                table: "Projects",
                columns: new[] { "Code", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code_Desc_Categories",
                table: "Projects",
                columns: new[] { "Code", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "HasCoreIndicator", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget_Categories",
                table: "Indicators",
                columns: new[] { "NumericTarget", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget_Desc_Categories",
                table: "Indicators",
                columns: new[] { "NumericTarget", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "UnitOfMeasure", "Level1", "Level2" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight_Categories",
                table: "Indicators",
                columns: new[] { "Weight", "Id" })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "Level1", "Level2" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight_Desc_Categories",
                table: "Indicators",
                columns: new[] { "Weight", "Id" },
                descending: new[] { true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "IsCore", "Operator", "Level1", "Level2" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Category_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Category_Desc_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Code_Desc_Categories",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget_Categories",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_NumericTarget_Desc_Categories",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight_Categories",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Weight_Desc_Categories",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category",
                table: "Projects",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Category_Desc",
                table: "Projects",
                column: "Category",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code",
                table: "Projects",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code_Desc",
                table: "Projects",
                column: "Code",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget",
                table: "Indicators",
                column: "NumericTarget");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_NumericTarget_Desc",
                table: "Indicators",
                column: "NumericTarget",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight",
                table: "Indicators",
                column: "Weight");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Weight_Desc",
                table: "Indicators",
                column: "Weight",
                descending: new bool[0]);
        }
    }
}
