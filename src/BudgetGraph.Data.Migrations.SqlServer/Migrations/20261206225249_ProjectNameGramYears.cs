using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProjectNameGramYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written backfill (issue 8 session 59) ----------------------------------------------------------------
            // The year a project name's grams carry (NameGram.Value: the card's fiscal year, NameGramKind 3) and its counts
            // (NameGramValueCounts), for the databases already stored: the index on the number dropped first and built again
            // after (one sort instead of moving every entry). Search/NameGramSql.BackfillProjectYearsSqlite (in T-SQL) and the
            // kind's part of NameGramSql.Counts, copied (a migration never calls code that may change later).
            migrationBuilder.DropIndex(
                name: "IX_NameGrams_Kind_Gram_Value",
                table: "NameGrams");

            migrationBuilder.Sql("""
                UPDATE g SET g.[Value] = p.[FiscalYear]
                FROM [NameGrams] AS g INNER JOIN [Projects] AS p ON p.[Id] = g.[EntityId]
                WHERE g.[Kind] = 3;
                DELETE FROM [NameGramValueCounts] WHERE [Kind] = 3;
                INSERT INTO [NameGramValueCounts] ([Kind], [Gram], [Value], [Count])
                SELECT [Kind], [Gram], [Value], COUNT(*) FROM [NameGrams] WHERE [Kind] = 3 AND [Value] IS NOT NULL
                GROUP BY [Kind], [Gram], [Value];
                """);

            migrationBuilder.CreateIndex(
                name: "IX_NameGrams_Kind_Gram_Value",
                table: "NameGrams",
                columns: new[] { "Kind", "Gram", "Value" });
            // ---- End of the hand-written backfill -----------------------------------------------------------------------
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE [NameGrams] SET [Value] = NULL WHERE [Kind] = 3;
                DELETE FROM [NameGramValueCounts] WHERE [Kind] = 3;
                """);
        }
    }
}
