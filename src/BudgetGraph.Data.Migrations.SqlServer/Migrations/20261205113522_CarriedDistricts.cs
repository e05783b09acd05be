using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CarriedDistricts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "Projects",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "Indicators",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) ------------------------------------
            // The cards and indicators already stored get their unit's district, and its value counts, with the SQL a bulk
            // load runs at its end (Import/ValueCounts.AllColumns, copied: a migration never calls code that may change
            // later); before the indexes, so that each is built once from the rows written.
            migrationBuilder.Sql("""
                UPDATE "Projects" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Projects"."UnitId");
                UPDATE "Indicators" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Indicators"."UnitId");
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', "DistrictName", COUNT(*) FROM "Projects" GROUP BY "DistrictName";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Projects.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.DistrictName' AND "Value" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', "DistrictName", COUNT(*) FROM "Indicators" GROUP BY "DistrictName";
                INSERT INTO "ValueCounts" ("Column", "Value", "Count") SELECT 'Indicators.DistrictName', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.DistrictName' AND "Value" IS NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DistrictName",
                table: "Projects",
                column: "DistrictName");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_DistrictName",
                table: "Indicators",
                column: "DistrictName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" IN ('Projects.DistrictName', 'Indicators.DistrictName');""");
            migrationBuilder.DropIndex(
                name: "IX_Projects_DistrictName",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_DistrictName",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "Indicators");
        }
    }
}
