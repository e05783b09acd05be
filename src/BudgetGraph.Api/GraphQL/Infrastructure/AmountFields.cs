using System.Linq.Expressions;
using BudgetGraph.Data.Entities;
using GraphQL.Builders;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>Fields over stored fixed-point columns, exposed as exact <c>Decimal</c> (万元 for money).</summary>
internal static class AmountFields
{
    /// <summary>A money field in 万元 (ten thousand yuan) reading one fixed-point column.</summary>
    public static FieldBuilder<T, object> Amount<T>(this ObjectGraphType<T> type, string name, string description,
        Expression<Func<T, long?>> column) =>
        type.Decimal(name, description + " Unit: 万元 (ten thousand yuan).", column);

    /// <summary>A fixed-point field (weight, target) as an exact Decimal.</summary>
    public static FieldBuilder<T, object> Decimal<T>(this ObjectGraphType<T> type, string name, string description,
        Expression<Func<T, long?>> column)
    {
        var read = column.Compile();
        return type.Field<DecimalGraphType>(name)
            .Description(description)
            .Resolve(c => FixedPoint.FromStored(read(c.Source)))
            .Reads(((MemberExpression)column.Body is { } m ? m : throw new ArgumentException("column")).Member.Name)
            .ReadsSource<T, object>(source => FixedPoint.FromStored(read(source)))
            .WritesSource(SourceWriter.FixedPointDecimal(read));
    }

    /// <summary>A plain column field (string, int, bool) with its projection column.</summary>
    public static FieldBuilder<T, object> Column<T, TGraphType, TValue>(this ObjectGraphType<T> type, string name,
        string description, Expression<Func<T, TValue>> column) where TGraphType : IGraphType
    {
        var read = column.Compile();
        return type.Field<TGraphType>(name)
            .Description(description)
            .Resolve(c => read(c.Source))
            .Reads(((MemberExpression)StripConvert(column.Body)).Member.Name)
            .ReadsSource<T, object>(source => read(source))
            .WritesSource(SourceWriter.ForColumn<T, TGraphType, TValue>(read));
    }

    private static Expression StripConvert(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? u.Operand : e;
}
