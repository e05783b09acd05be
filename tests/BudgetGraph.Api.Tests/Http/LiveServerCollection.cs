namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The test classes that talk to the real service over a socket share one <see cref="LiveServerFixture"/> (one start,
/// one seed import) and run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServerFixture>
{
    public const string Name = "Live server";
}
