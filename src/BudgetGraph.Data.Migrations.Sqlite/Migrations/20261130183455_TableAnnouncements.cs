using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TableAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TableAnnouncements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TableNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    FoundLine = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TableAnnouncements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TableAnnouncements_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TableAnnouncements_BudgetId",
                table: "TableAnnouncements",
                column: "BudgetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TableAnnouncements");
        }
    }
}
