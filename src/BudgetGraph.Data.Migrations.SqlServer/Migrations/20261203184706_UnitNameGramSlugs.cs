using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UnitNameGramSlugs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "NameGrams",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            // ---- Hand-written backfill (issue 8 session 28) ----------------------------------------------------------------
            // The slug every unit gram carries (NameGram.Slug: kinds 1, 2, 5 and 6), for the databases already stored, before
            // the index on it is built (one sort instead of an insert per row). Search/NameGramSql.BackfillSlugsSqlite in T-SQL,
            // copied (a migration never calls code that may change later).
            migrationBuilder.Sql("""
                UPDATE g SET g.[Slug] = u.[Slug]
                FROM [NameGrams] AS g INNER JOIN [Units] AS u ON u.[Id] = g.[EntityId]
                WHERE g.[Kind] IN (1, 2, 5, 6);
                """);
            // ---- End of the hand-written backfill -----------------------------------------------------------------------

            migrationBuilder.CreateIndex(
                name: "IX_NameGrams_Kind_Gram_Slug",
                table: "NameGrams",
                columns: new[] { "Kind", "Gram", "Slug" },
                filter: "[Slug] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NameGrams_Kind_Gram_Slug",
                table: "NameGrams");

            migrationBuilder.DropColumn(
                name: "Slug",
                table: "NameGrams");
        }
    }
}
