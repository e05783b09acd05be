using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountsInDistricts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "ValueCounts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ValueCounts_Column_DistrictName_Value",
                table: "ValueCounts",
                columns: new[] { "Column", "DistrictName", "Value", "Count" });

            // ---- Hand-written backfill (issue 8 session 46; the same SQL on SQLite and SQL Server) --------------------
            // The indicators' operators and levels are counted in each district too (Import/ValueCounts.InDistricts): the
            // databases already stored get their counts, with the SQL a bulk load runs at its end
            // (Import/ValueCounts.InDistrictsSql, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Operator@District', "DistrictName", "Operator", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Operator";
                INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level1@District', "DistrictName", "Level1", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level1";
                INSERT INTO "ValueCounts" ("Column", "DistrictName", "Value", "Count") SELECT 'Indicators.Level2@District', "DistrictName", "Level2", COUNT(*) FROM "Indicators" WHERE "DistrictName" IS NOT NULL GROUP BY "DistrictName", "Level2";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "DistrictName" IS NOT NULL;""");

            migrationBuilder.DropIndex(
                name: "IX_ValueCounts_Column_DistrictName_Value",
                table: "ValueCounts");

            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "ValueCounts");
        }
    }
}
