namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary>Builds the 类 → 款 → 项 tree of flat subject lines through their parent codes, in document order.</summary>
internal static class SubjectTree
{
    public static IReadOnlyList<SubjectTreeNode<TLine>> Build<TLine>(IReadOnlyList<TLine> lines,
        Func<TLine, string> code, Func<TLine, string?> parentCode)
    {
        var codes = lines.Select(code).ToHashSet(StringComparer.Ordinal);
        var byParent = lines.Where(l => parentCode(l) is { } p && codes.Contains(p)).ToLookup(l => parentCode(l)!, StringComparer.Ordinal);

        SubjectTreeNode<TLine> Node(TLine line) => new(line, byParent[code(line)].Select(Node).ToList());

        // A line whose parent is not in the table (e.g. a table cut by a page break) becomes a root rather than vanish.
        return lines.Where(l => parentCode(l) is not { } p || !codes.Contains(p)).Select(Node).ToList();
    }
}
