using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
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
                columns: new[] { "TableKind", "Level", "Code", "Total", "Id" },
                descending: new[] { false, false, false, true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "UnitId", "BudgetId", "Name" });
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
                columns: new[] { "TableKind", "Level", "Code" })
                .Annotation("SqlServer:Include", new[] { "Total", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Compare_Total",
                table: "ExpenditureLines",
                columns: new[] { "TableKind", "Level", "Code", "Total", "Id" },
                descending: new[] { false, false, false, true, false })
                .Annotation("SqlServer:Include", new[] { "FiscalYear", "UnitId", "BudgetId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExpenditureLines_Total",
                table: "ExpenditureLines",
                column: "Total");
        }
    }
}
