using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AmountBandCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AmountBandCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Column = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Band = table.Column<long>(type: "bigint", nullable: true),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmountBandCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AmountBandCounts_Column_Band_FiscalYear",
                table: "AmountBandCounts",
                columns: new[] { "Column", "Band", "FiscalYear" })
                .Annotation("SqlServer:Include", new[] { "Count" });

            // ---- Hand-written backfill (issue 8 session 35; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the band counts of their amounts, with the SQL a bulk load runs at its end
            // (Import/AmountBands.AllColumns), generated here by a frozen copy of its code: a migration never calls code
            // that may change later (spelled out, the statements are 42 KB).
            migrationBuilder.Sql(Backfill);
        }

        private static readonly string[] Columns =
        [
            "Budgets.IncomeTotal", "Budgets.Expenditure", "Budgets.ExpenditureTotal", "Budgets.PerformanceBudget",
            "Budgets.BasicExpenditure", "Budgets.ProjectExpenditure", "Budgets.CarryOver", "Budgets.ProcurementTotal",
            "Projects.Amount",
        ];

        // One INSERT … SELECT per column: its rows grouped by year and band (below zero: -1; below 100: the amount; then
        // the amount with all but its first two digits zeroed).
        private static string Backfill => string.Concat(Columns.Select(key =>
        {
            var (table, column) = (key.Split('.')[0], key.Split('.')[1]);
            var band = Band($"\"{column}\"");
            return $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Count\") SELECT '{key}', \"FiscalYear\", " +
                   $"{band}, COUNT(*) FROM \"{table}\" GROUP BY \"FiscalYear\", {band};\n";
        }));

        private static string Band(string amount)
        {
            var cases = $"CASE WHEN {amount} < 0 THEN -1 WHEN {amount} < 100 THEN {amount}";
            var width = 1L;
            for (var decade = 1000L; ; decade *= 10)
            {
                width *= 10;
                cases += $" WHEN {amount} < CAST({decade} AS BIGINT) THEN {amount} / CAST({width} AS BIGINT) * CAST({width} AS BIGINT)";
                if (decade > long.MaxValue / 10) break;
            }
            width *= 10;
            return cases + $" ELSE {amount} / CAST({width} AS BIGINT) * CAST({width} AS BIGINT) END";
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmountBandCounts");
        }
    }
}
