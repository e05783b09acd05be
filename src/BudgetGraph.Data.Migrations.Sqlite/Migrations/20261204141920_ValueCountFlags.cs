using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValueCountFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Flag",
                table: "ValueCounts",
                type: "INTEGER",
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 33; the same SQL on SQLite and SQL Server) --------------------
            // The databases already stored get the counts of their core-indicator flags, with the SQL a bulk load runs at
            // its end (Import/ValueCounts.AllColumns, copied: a migration never calls code that may change later).
            migrationBuilder.Sql("""
                INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Projects.HasCoreIndicator', "HasCoreIndicator", COUNT(*) FROM "Projects" GROUP BY "HasCoreIndicator";
                INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Projects.HasCoreIndicator', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Projects.HasCoreIndicator' AND "Flag" IS NULL);
                INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Indicators.IsCore', "IsCore", COUNT(*) FROM "Indicators" GROUP BY "IsCore";
                INSERT INTO "ValueCounts" ("Column", "Flag", "Count") SELECT 'Indicators.IsCore', NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM "ValueCounts" WHERE "Column" = 'Indicators.IsCore' AND "Flag" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "ValueCounts" WHERE "Column" IN ('Projects.HasCoreIndicator', 'Indicators.IsCore');""");
            migrationBuilder.DropColumn(
                name: "Flag",
                table: "ValueCounts");
        }
    }
}
