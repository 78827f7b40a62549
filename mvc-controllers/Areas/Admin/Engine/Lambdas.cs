using System.Linq.Expressions;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The few expression-tree moves the engine makes to turn declared options into LINQ that EF Core translates.</summary>
public static class Lambdas
{
    /// <summary>
    /// One row of values as <c>x => new object[] { (object)a(x), (object)b(x), … }</c>: a single SELECT whatever the
    /// columns, each value translated by EF Core (a count becomes a subquery, a navigation a join).
    /// </summary>
    public static Expression<Func<T, object?[]>> Row<T>(IEnumerable<LambdaExpression> values)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var items = values.Select(value => Expression.Convert(Body(value, x), typeof(object)));
        return Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), items), x);
    }

    /// <summary><paramref name="lambda"/>'s body with its parameter replaced by <paramref name="x"/>.</summary>
    public static Expression Body(LambdaExpression lambda, ParameterExpression x) =>
        new Replace(lambda.Parameters[0], x).Visit(lambda.Body);

    /// <summary><c>x => test(value(x))</c>.</summary>
    public static Expression<Func<T, bool>> Where<T, TValue>(
        Expression<Func<T, TValue>> value, Func<Expression, Expression> test)
    {
        var x = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(test(Body(value, x)), x);
    }

    /// <summary><c>x => value(x) == constant</c>, the constant sent as a SQL parameter (one cached query plan for every value).</summary>
    public static Expression<Func<T, bool>> EqualTo<T, TValue>(Expression<Func<T, TValue>> value, TValue constant) =>
        Where(value, body => Expression.Equal(body, Parameter(constant)));

    /// <summary><c>x => value(x).Member</c>, e.g. a date's Year.</summary>
    public static Expression<Func<T, TMember>> Member<T, TValue, TMember>(Expression<Func<T, TValue>> value, string member)
    {
        var x = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, TMember>>(Expression.PropertyOrField(Body(value, x), member), x);
    }

    /// <summary><c>ids.Contains(id)</c>, the list sent as one SQL parameter.</summary>
    public static Expression In(IReadOnlyList<int> ids, Expression id) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Parameter(ids.ToList()), id);

    /// <summary><c>x => new ObjectName(key(x), repr(x))</c>.</summary>
    public static Expression<Func<T, ObjectName>> Name<T>(Expression<Func<T, int>> key, Expression<Func<T, string>> repr)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var constructor = typeof(ObjectName).GetConstructor([typeof(int), typeof(string)])!;
        return Expression.Lambda<Func<T, ObjectName>>(Expression.New(constructor, Body(key, x), Body(repr, x)), x);
    }

    /// <summary>A value as EF Core sees a captured variable, so that it becomes a SQL parameter rather than a literal.</summary>
    public static Expression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    /// <summary>The property a lambda reads (<c>p => p.Author.Username</c> → "Username"), or null when it computes.</summary>
    public static string? MemberName(LambdaExpression lambda) =>
        (lambda.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : lambda.Body) is MemberExpression member
            ? member.Member.Name
            : null;

    private sealed record Box<TValue>(TValue Value);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
