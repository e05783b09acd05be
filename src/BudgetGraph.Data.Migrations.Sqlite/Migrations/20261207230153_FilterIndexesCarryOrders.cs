using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FilterIndexesCarryOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_IsCore",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level1",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level2",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Operator",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitOfMeasure",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_IsCore_Orders",
                table: "Indicators",
                columns: new[] { "FiscalYear", "IsCore", "Id", "Weight", "NumericTarget", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level1_Orders",
                table: "Indicators",
                columns: new[] { "Level1", "Id", "Weight", "NumericTarget", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level2_Orders",
                table: "Indicators",
                columns: new[] { "Level2", "Id", "Weight", "NumericTarget", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Operator_Orders",
                table: "Indicators",
                columns: new[] { "Operator", "Id", "Weight", "NumericTarget", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitOfMeasure_Orders",
                table: "Indicators",
                columns: new[] { "UnitOfMeasure", "Id", "Weight", "NumericTarget", "Ordinal" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_FiscalYear_IsCore_Orders",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level1_Orders",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Level2_Orders",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Operator_Orders",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_UnitOfMeasure_Orders",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FiscalYear_IsCore",
                table: "Indicators",
                columns: new[] { "FiscalYear", "IsCore" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level1",
                table: "Indicators",
                column: "Level1");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Level2",
                table: "Indicators",
                column: "Level2");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Operator",
                table: "Indicators",
                column: "Operator");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitOfMeasure",
                table: "Indicators",
                column: "UnitOfMeasure");
        }
    }
}
