using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SourceDocumentSourcePath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OperatingCosts",
                table: "ThreePublicCosts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourcePath",
                table: "SourceDocuments",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrintedUnit",
                table: "DisclosedTables",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OperatingCosts",
                table: "ThreePublicCosts");

            migrationBuilder.DropColumn(
                name: "SourcePath",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "PrintedUnit",
                table: "DisclosedTables");
        }
    }
}
