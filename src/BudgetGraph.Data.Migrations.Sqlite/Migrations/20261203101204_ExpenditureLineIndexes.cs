using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExpenditureLineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Aggregate_Subject",
                table: "ExpenditureLines");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines");

            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Total",
                table: "ExpenditureLines");

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Id", "FiscalYear", "UnitId", "BudgetId", "Name" },
                descending: new[] { false, false, false, true, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines");

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Aggregate_Subject",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Id", "FiscalYear", "UnitId", "BudgetId" },
                descending: new[] { false, false, false, true, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Total",
                table: "ExpenditureLines",
                column: "Total");
        }
    }
}
