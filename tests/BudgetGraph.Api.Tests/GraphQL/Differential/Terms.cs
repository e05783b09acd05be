namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// Makers of random conditions, one per kind of filter field, each with its meaning in C#: the semantics the filters
/// document (HotChocolate's over EF Core, C#'s null semantics: <c>neq</c>, <c>nin</c> and <c>ncontains</c> keep the
/// rows without a value; no comparison, <c>in</c>, <c>contains</c> or <c>startsWith</c> does).
/// </summary>
internal static class Terms
{
    /// <summary>A text field: eq, neq, in, nin, contains, ncontains, startsWith, eq null — values and parts of values taken from the rows.</summary>
    public static TermMaker<T> Text<T>(string field, Func<T, string?> value, Func<ConnectionOracle<T>> of) =>
        new(field, random =>
        {
            var o = of();
            string Some() => o.Sample(random, value);
            string Part()
            {
                var whole = Some();
                var start = random.Next(whole.Length);
                return whole.Substring(start, Math.Min(whole.Length - start, random.Next(1, 4)));
            }
            switch (random.Next(9))
            {
                case 0: { var v = Some(); return new($"{field}: {{ eq: {Lit(v)} }}", r => value(r) == v); }
                case 1: { var v = Some(); return new($"{field}: {{ neq: {Lit(v)} }}", r => value(r) != v); }
                case 2: { var (a, b) = (Some(), Some()); return new($"{field}: {{ in: [{Lit(a)}, {Lit(b)}] }}", r => value(r) is { } x && (x == a || x == b)); }
                case 3: { var v = Some(); return new($"{field}: {{ nin: [{Lit(v)}] }}", r => value(r) != v); }
                case 4: { var p = Part(); return new($"{field}: {{ ncontains: {Lit(p)} }}", r => !(value(r)?.Contains(p, StringComparison.Ordinal) ?? false)); }
                case 5: { var p = Some(); p = p[..Math.Min(p.Length, random.Next(1, 5))]; return new($"{field}: {{ startsWith: {Lit(p)} }}", r => value(r)?.StartsWith(p, StringComparison.Ordinal) ?? false); }
                case 6: return new($"{field}: {{ eq: null }}", r => value(r) is null);
                default: { var p = Part(); return new($"{field}: {{ contains: {Lit(p)} }}", r => value(r)?.Contains(p, StringComparison.Ordinal) ?? false); }
            }
        });

    /// <summary>A name with a gram index: mostly contains (with the words journalists search for) and startsWith.</summary>
    public static TermMaker<T> Name<T>(string field, Func<T, string> value, Func<ConnectionOracle<T>> of, params string[] words) =>
        new(field, random =>
        {
            var o = of();
            string Part(int longest)
            {
                var whole = o.Sample(random, r => value(r));
                var start = random.Next(whole.Length);
                return whole.Substring(start, Math.Min(whole.Length - start, random.Next(1, longest + 1)));
            }
            switch (random.Next(8))
            {
                case 0: { var p = o.Sample(random, r => value(r)); p = p[..Math.Min(p.Length, random.Next(1, 7))]; return new($"{field}: {{ startsWith: {Lit(p)} }}", r => value(r).StartsWith(p, StringComparison.Ordinal)); }
                case 1: { var v = o.Sample(random, r => value(r)); return new($"{field}: {{ eq: {Lit(v)} }}", r => value(r) == v); }
                case 2: case 3: { var w = words[random.Next(words.Length)]; return new($"{field}: {{ contains: {Lit(w)} }}", r => value(r).Contains(w, StringComparison.Ordinal)); }
                case 4: { var p = Part(2); return new($"{field}: {{ ncontains: {Lit(p)} }}", r => !value(r).Contains(p, StringComparison.Ordinal)); }
                default: { var p = Part(4); return new($"{field}: {{ contains: {Lit(p)} }}", r => value(r).Contains(p, StringComparison.Ordinal)); }
            }
        });

    /// <summary>A fixed-point number (an amount, a weight, a target): comparisons with values the rows hold, in, eq null.</summary>
    public static TermMaker<T> Number<T>(string field, Func<T, long?> value, Func<ConnectionOracle<T>> of) =>
        new(field, random =>
        {
            var o = of();
            long Some() => o.SampleValue(random, value);
            switch (random.Next(9))
            {
                case 0: { var v = Some(); return new($"{field}: {{ eq: {N(v)} }}", r => value(r) == v); }
                case 1: { var v = Some(); return new($"{field}: {{ neq: {N(v)} }}", r => value(r) != v); }
                case 2: { var v = Some(); return new($"{field}: {{ gt: {N(v)} }}", r => value(r) > v); }
                case 3: { var v = Some(); return new($"{field}: {{ gte: {N(v)} }}", r => value(r) >= v); }
                case 4: { var v = Some(); return new($"{field}: {{ lt: {N(v)} }}", r => value(r) < v); }
                case 5: { var v = Some(); return new($"{field}: {{ lte: {N(v)} }}", r => value(r) <= v); }
                case 6: { var (a, b) = (Some(), Some()); if (a > b) (a, b) = (b, a); return new($"{field}: {{ gte: {N(a)}, lt: {N(b)} }}", r => value(r) >= a && value(r) < b); }
                case 7: { var (a, b) = (Some(), Some()); return new($"{field}: {{ in: [{N(a)}, {N(b)}] }}", r => value(r) == a || value(r) == b); }
                default: return new($"{field}: {{ eq: null }}", r => value(r) is null);
            }
        });

    /// <summary>A whole number (a year, a loader revision): eq, neq, in, ranges.</summary>
    public static TermMaker<T> Whole<T>(string field, Func<T, int> value, Func<ConnectionOracle<T>> of) =>
        new(field, random =>
        {
            var o = of();
            int Some() => o.SampleValue<int>(random, r => value(r));
            int Other(int than)
            {
                for (var tries = 0; tries < 20; tries++)
                    if (Some() is var other && other != than) return other;
                return than;
            }
            switch (random.Next(7))
            {
                case 0: { var v = Some(); return new($"{field}: {{ neq: {v} }}", r => value(r) != v); }
                // Two different values (the years of an amount's order are read each on its own, then taken together).
                case 1: case 5: case 6: { var a = Some(); var b = Other(a); return new($"{field}: {{ in: [{a}, {b}] }}", r => value(r) == a || value(r) == b); }
                case 2: { var v = Some(); return new($"{field}: {{ gte: {v} }}", r => value(r) >= v); }
                case 3: { var v = Some(); return new($"{field}: {{ lt: {v} }}", r => value(r) < v); }
                default: { var v = Some(); return new($"{field}: {{ eq: {v} }}", r => value(r) == v); }
            }
        });

    /// <summary>A true/false mark: eq, neq.</summary>
    public static TermMaker<T> Mark<T>(string field, Func<T, bool?> value) =>
        new(field, random =>
        {
            var v = random.Next(2) == 0;
            var literal = v ? "true" : "false";
            return random.Next(4) == 0
                ? new($"{field}: {{ neq: {literal} }}", r => value(r) != v)
                : new($"{field}: {{ eq: {literal} }}", r => value(r) == v);
        });

    /// <summary>A condition on a related row (the unit, the card, the budget): absent, it matches nothing.</summary>
    public static TermMaker<T> On<T, TRelated>(string field, Func<T, TRelated?> related, IReadOnlyList<TermMaker<TRelated>> makers)
        where TRelated : class =>
        new(field, random =>
        {
            var inner = makers[random.Next(makers.Count)].Make(random);
            return new($"{field}: {{ {inner.GraphQL} }}", r => related(r) is { } x && inner.Holds(x));
        });

    /// <summary>A condition on a list of related rows (a card's indicators, a budget's cards): some, all, none, any.</summary>
    public static TermMaker<T> List<T, TItem>(string field, Func<T, IReadOnlyList<TItem>> items, IReadOnlyList<TermMaker<TItem>> makers) =>
        new(field, random =>
        {
            if (random.Next(5) == 0)
            {
                var any = random.Next(2) == 0;
                return new($"{field}: {{ any: {(any ? "true" : "false")} }}", r => items(r).Count > 0 == any);
            }
            var inner = makers[random.Next(makers.Count)].Make(random);
            return random.Next(3) switch
            {
                0 => new($"{field}: {{ all: {{ {inner.GraphQL} }} }}", r => items(r).All(inner.Holds)),
                1 => new($"{field}: {{ none: {{ {inner.GraphQL} }} }}", r => !items(r).Any(inner.Holds)),
                _ => new($"{field}: {{ some: {{ {inner.GraphQL} }} }}", r => items(r).Any(inner.Holds)),
            };
        });

    /// <summary>Two conditions of one field ANDed (<c>and: [...]</c>): a range from two bounds, a list beside a text match.</summary>
    public static TermMaker<T> Twice<T>(TermMaker<T> maker) =>
        new(maker.Field, random =>
        {
            var (a, b) = (maker.Make(random), maker.Make(random));
            return new($"and: [{{ {a.GraphQL} }}, {{ {b.GraphQL} }}]", r => a.Holds(r) && b.Holds(r));
        });

    private static string Lit(string? value) => ConnectionOracle<object>.Text(value);

    private static string N(long stored) => ConnectionOracle<object>.Number(stored);
}
