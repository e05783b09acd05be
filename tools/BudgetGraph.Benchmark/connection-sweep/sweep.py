#!/usr/bin/env python3
"""Every sort and filter of the root connections, timed at two sizes (issue 8: "units/budgets/projects connections
with filters and sorts").

    sweep.py SMALL_URL LARGE_URL [--runs N] [--no-count] [--last] [--pairs]

SMALL_URL and LARGE_URL are the /graphql endpoints of two running services (e.g. the seeds and the 5,005-disclosure
database, response cache off). The fields are read from the schema (introspection), as ConnectionIndexTests does: each
scalar sort field of units, budgets, projects and indicators in both directions (first 20, with totalCount), and each
number, boolean or text filter field (an equality or a range, and a text's contains, with totalCount), and each nested
object's (a unit's district and slug, a budget's year, a card's category; NESTED), a unit with a year (WITH_YEAR) and, of
indicators, a unit with a category term (WITH_OTHER). One client,
requests one after the other: the median of N runs after one warm-up, in ms, at each size, with the growth. Prints a
Markdown table; the rows over 2x growth or 50 ms are marked. Uses nothing but the Python standard library.
--no-count sends the same requests without totalCount, as a list page that shows no count does (a page in key order
then has no count to find its first match's key in). --last asks for the last 20 instead of the first (a list's last
page, which Relay clients ask for with `last`). --pairs sends, instead, every pair of a connection's own filter terms
(the equalities and ranges above, two fields of the row ANDed: the core indicators of one unit of measure, the cards of
a year above an amount), which no single-field row covers.
"""
import argparse
import itertools
import json
import statistics
import sys
import time
import urllib.request

CONNECTIONS = [("units", "Unit"), ("budgets", "Budget"), ("projects", "Project"), ("indicators", "Indicator")]
# A selection like a list page's: a few columns and one reference.
NODES = {
    "units": "slug name",
    "budgets": "year unit { slug } totals { expenditure }",
    "projects": "name amount unit { slug }",
    "indicators": "name numericTarget project { name }",
}
# One filter per operation input type; the values match rows of the seeds and of their SYNTHETIC copies.
FILTERS = {
    "StringOperationFilterInput": '{ eq: "%s" }',
    "IntOperationFilterInput": "{ eq: 2024 }",
    "DecimalOperationFilterInput": "{ gte: 100 }",
    "BooleanOperationFilterInput": "{ eq: true }",
}
STRING_VALUES = {  # a value that exists, per connection.field; others compare with a value that does not
    "units.districtName": "南岸区", "projects.category": "一般性项目", "indicators.level1": "产出指标",
    "indicators.unitOfMeasure": "%", "indicators.operator": "≥",
}
# Nested objects (a budget's, project's or indicator's unit, a project's budget, an indicator's card): a lookup and a
# contains of the unit, a year of the budget, a category of the card.
NESTED = {
    "UnitFilterInput": ['{ districtName: { eq: "南岸区" } }', '{ districtName: { contains: "南岸" } }', '{ slug: { eq: "nanping" } }'],
    "BudgetFilterInput": ["{ year: { eq: 2024 } }"],
    "ProjectFilterInput": ['{ category: { eq: "一般性项目" } }'],
}
# Two terms: a nested unit with the row's own year (a district's or two units' rows of one year).
WITH_YEAR = ['{ unit: { districtName: { eq: "南岸区" } }, year: { eq: 2024 } }',
             '{ unit: { slug: { in: ["nanping", "shandong"] } }, year: { eq: 2024 } }']
# A nested unit with a term no index holds after UnitId (indicators): SQLite reads that term's own index (no statistics
# here), where the units' keys would be read in a fraction of the time (two units' ≥: 1.5 s counted at 50,005).
WITH_OTHER = ['{ unit: { slug: { in: ["nanping", "shandong"] } }, operator: { eq: "≥" } }',
              '{ unit: { districtName: { eq: "南岸区" } }, isCore: { eq: true } }',
              '{ unit: { districtName: { eq: "南岸区" } }, operator: { eq: "≤" } }']
# Pairs compare values that exist where the single-field rows keep theirs (a pair of an absent value is answered empty).
PAIR_VALUES = {**STRING_VALUES, "indicators.level2": "数量指标", "indicators.textTarget": "良好", "projects.department": "预算科"}
CONTAINS_VALUES = {  # a part of existing values for each text filter's contains; the others look for "x"
    "units.slug": "nanping", "units.name": "街道", "units.shortName": "南坪", "units.englishName": "Sub-district",
    "units.districtName": "南岸", "projects.name": "经费", "projects.code": "T0000", "projects.category": "项目",
    "projects.department": "预算", "indicators.name": "满意", "indicators.level1": "指标", "indicators.level2": "数量",
    "indicators.textTarget": "提升",
}


def post(url, query):
    request = urllib.request.Request(url, json.dumps({"query": query}).encode(), {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        body = response.read()
    answer = json.loads(body)
    if answer.get("errors"):
        raise SystemExit(f"{url}: {query}: {answer['errors'][0]['message']}")
    return answer["data"]


def median_ms(url, query, runs):
    post(url, query)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        post(url, query)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def input_fields(url, type_name):
    data = post(url, '{ __type(name: "%s") { inputFields { name type { kind name } } } }' % type_name)
    return [(f["name"], "ENUM" if f["type"]["kind"] == "ENUM" else f["type"]["name"]) for f in data["__type"]["inputFields"]]


def page_of(connection, count, last):
    """The connection's arguments and selection, with %s where more arguments (an order, a where) go."""
    return ("last: 20" if last else "first: 20") + "%s) { " + ("totalCount " if count else "") + "nodes { " + NODES[connection] + " } }"


def condition_of(connection, field, kind, values):
    """The one condition a field of this operation input type is sent with (FILTERS), a text's value from values."""
    condition = FILTERS[kind]
    return condition % values.get(f"{connection}.{field}", "x") if "%s" in condition else condition


def queries(url, count=True, last=False):
    for connection, type_name in CONNECTIONS:
        page = page_of(connection, count, last)
        yield connection, "last 20" if last else "first 20", "{ %s(%s }" % (connection, page % "")
        for field, kind in input_fields(url, type_name + "SortInput"):
            if kind != "ENUM":
                continue
            for direction in ("ASC", "DESC"):
                order = ", order: [{ %s: %s }]" % (field, direction)
                yield connection, f"order {field} {direction}", "{ %s(%s }" % (connection, page % order)
        fields = input_fields(url, type_name + "FilterInput")
        if {"unit", "year"} <= {name for name, _ in fields}:
            for both in WITH_YEAR:
                yield connection, f"where {both[2:-2]}", "{ %s(%s }" % (connection, page % (", where: " + both))
        if {"unit", "operator", "isCore"} <= {name for name, _ in fields}:
            for both in WITH_OTHER:
                yield connection, f"where {both[2:-2]}", "{ %s(%s }" % (connection, page % (", where: " + both))
        for field, kind in fields:
            if field not in ("and", "or"):
                for nested in NESTED.get(kind, []):
                    where = ", where: { %s: %s }" % (field, nested)
                    yield connection, f"where {field} {nested}", "{ %s(%s }" % (connection, page % where)
            if kind not in FILTERS:
                continue
            condition = condition_of(connection, field, kind, STRING_VALUES)
            where = ", where: { %s: %s }" % (field, condition)
            yield connection, f"where {field} {condition}", "{ %s(%s }" % (connection, page % where)
            if kind == "StringOperationFilterInput":
                condition = '{ contains: "%s" }' % CONTAINS_VALUES.get(f"{connection}.{field}", "x")
                where = ", where: { %s: %s }" % (field, condition)
                yield connection, f"where {field} {condition}", "{ %s(%s }" % (connection, page % where)


def pairs(url, count=True, last=False):
    """Every pair of a connection's own terms (field: condition, as queries() sends each alone), ANDed."""
    for connection, type_name in CONNECTIONS:
        page = page_of(connection, count, last)
        terms = [f"{field}: {condition_of(connection, field, kind, PAIR_VALUES)}"
                 for field, kind in input_fields(url, type_name + "FilterInput") if kind in FILTERS]
        for first, second in itertools.combinations(terms, 2):
            both = f"{first}, {second}"
            yield connection, f"where {both}", "{ %s(%s }" % (connection, page % (", where: { %s }" % both))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("small", metavar="SMALL_URL")
    parser.add_argument("large", metavar="LARGE_URL")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-count", dest="count", action="store_false")
    parser.add_argument("--last", action="store_true")
    parser.add_argument("--pairs", action="store_true")
    args = parser.parse_args()
    small, large, runs, count, last, paired = args.small, args.large, args.runs, args.count, args.last, args.pairs
    print(f"| connection | argument | p50 ms small | p50 ms large | growth |\n|---|---|---:|---:|---:|")
    over = 0
    for connection, label, query in (pairs if paired else queries)(small, count, last):
        a = median_ms(small, query, runs)
        b = median_ms(large, query, runs)
        growth = b / a if a > 0 else float("inf")
        mark = " **over**" if growth > 2 or b > 50 else ""
        over += bool(mark)
        print(f"| {connection} | `{label}` | {a:.2f} | {b:.2f} | {growth:.1f}×{mark} |", flush=True)
    print(f"\n{over} over 2× growth or 50 ms (one client, median of {runs} after a warm-up{'' if count else ', without totalCount'}"
          f"{', the last 20' if last else ''}{', pairs of terms' if paired else ''})")


if __name__ == "__main__":
    main()
