using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;

namespace BudgetGraph.Data;

/// <summary>
/// SQLite's migration SQL with <c>WITHOUT ROWID</c> on the tables that are nothing but their primary key
/// (<see cref="NameGram"/>, <see cref="ExpenditureTotalValue"/>): the rows live in the key's B-tree, so a gram's ids are one range of it and no second copy
/// of each row is kept. Applies to migrations, <c>EnsureCreated</c> and SQLite's table rebuilds (<c>ef_temp_…</c>) alike,
/// so a regenerated migration needs no hand edit. Installed by <see cref="BudgetDbContextOptionsExtensions.UseBudgetSqlite{TBuilder}(TBuilder, string)"/>.
/// </summary>
#pragma warning disable EF1001 // SqliteMigrationsSqlGenerator is EF's own SQLite generator, public but in an Internal namespace.
internal sealed class WithoutRowIdMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    /// <summary>Tables created WITHOUT ROWID.</summary>
    public static readonly IReadOnlySet<string> Tables = new HashSet<string>(StringComparer.Ordinal) { "NameGrams", "ExpenditureTotalValues" };

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        var name = operation.Name.StartsWith("ef_temp_", StringComparison.Ordinal) ? operation.Name["ef_temp_".Length..] : operation.Name;
        if (!Tables.Contains(name))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (!terminate) return;
        builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
        EndStatement(builder);
    }
}
#pragma warning restore EF1001
