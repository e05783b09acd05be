namespace BudgetGraph.Data.Entities;

/// <summary>
/// One row: a hash of the model the database was created from. The schema is made with EnsureCreated, which never
/// changes an existing database, so a database from an older build is recognised and reported instead of failing
/// later with "no such table".
/// </summary>
public class SchemaStamp
{
    public int Id { get; set; }
    public string ModelHash { get; set; } = "";
}
