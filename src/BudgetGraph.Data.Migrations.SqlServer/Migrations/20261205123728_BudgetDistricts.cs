using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetDistricts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "Budgets",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            // ---- Hand-written backfill (issue 8; the same SQL on SQLite and SQL Server) ------------------------------------
            // The budgets already stored get their unit's district, as their cards and indicators did (CarriedDistricts);
            // before the index, so that it is built once from the rows written.
            migrationBuilder.Sql("""
                UPDATE "Budgets" SET "DistrictName" = (SELECT u."DistrictName" FROM "Units" AS u WHERE u."Id" = "Budgets"."UnitId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_DistrictName",
                table: "Budgets",
                column: "DistrictName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Budgets_DistrictName",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "Budgets");
        }
    }
}
