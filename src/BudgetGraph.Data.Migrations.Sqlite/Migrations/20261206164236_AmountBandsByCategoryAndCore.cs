using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AmountBandsByCategoryAndCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AmountBandCounts_Column_Band_FiscalYear",
                table: "AmountBandCounts");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "AmountBandCounts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasCoreIndicator",
                table: "AmountBandCounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AmountBandCounts_Column_Band_FiscalYear",
                table: "AmountBandCounts",
                columns: new[] { "Column", "Band", "FiscalYear", "Category", "HasCoreIndicator", "Count" });

            // ---- Hand-written backfill (issue 8 session 56; the same SQL on SQLite and SQL Server) --------------------
            // The cards' amounts are counted beside their category and core mark too (Import/AmountBands.Columns): the
            // databases already stored get those counts, with the SQL a bulk load runs at its end (AmountBands.CountColumn),
            // generated here by a frozen copy of its code: a migration never calls code that may change later. (SQL Server
            // runs it inside EXEC(N'…'): T-SQL compiles a batch before the columns it names exist.)
            migrationBuilder.Sql(Backfill);
        }

        private const string Key = "Projects.Amount@Category,HasCoreIndicator";

        // The cards grouped by year, band of their amount (below zero: -1; below 100: the amount; then the amount with all
        // but its first two digits zeroed), category and core mark.
        private static string Backfill
        {
            get
            {
                var band = Band("\"Amount\"");
                return $"INSERT INTO \"AmountBandCounts\" (\"Column\", \"FiscalYear\", \"Band\", \"Category\", \"HasCoreIndicator\", \"Count\") SELECT '{Key}', \"FiscalYear\", " +
                       $"{band}, \"Category\", \"HasCoreIndicator\", COUNT(*) FROM \"Projects\" GROUP BY \"FiscalYear\", {band}, \"Category\", \"HasCoreIndicator\";\n";
            }
        }

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
            migrationBuilder.Sql($"DELETE FROM \"AmountBandCounts\" WHERE \"Column\" = '{Key}';");

            migrationBuilder.DropIndex(
                name: "IX_AmountBandCounts_Column_Band_FiscalYear",
                table: "AmountBandCounts");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "AmountBandCounts");

            migrationBuilder.DropColumn(
                name: "HasCoreIndicator",
                table: "AmountBandCounts");

            migrationBuilder.CreateIndex(
                name: "IX_AmountBandCounts_Column_Band_FiscalYear",
                table: "AmountBandCounts",
                columns: new[] { "Column", "Band", "FiscalYear", "Count" });
        }
    }
}
