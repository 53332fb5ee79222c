using System.Linq.Expressions;

namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>Combines expressions over one parameter, so a lifecycle's conditions can be composed and still run in SQL.</summary>
public static class Expressie
{
    public static Expression<Func<T, bool>> En<T>(Expression<Func<T, bool>> links, Expression<Func<T, bool>> rechts)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(rechts);
        var parameter = links.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(links.Body, Vervang(rechts, parameter)), parameter);
    }

    public static Expression<Func<T, bool>> Of<T>(IReadOnlyList<Expression<Func<T, bool>>> delen)
    {
        ArgumentNullException.ThrowIfNull(delen);
        if (delen.Count == 0)
        {
            return _ => false;
        }

        var parameter = delen[0].Parameters[0];
        var lichaam = delen.Skip(1).Aggregate(delen[0].Body, (som, deel) => Expression.OrElse(som, Vervang(deel, parameter)));
        return Expression.Lambda<Func<T, bool>>(lichaam, parameter);
    }

    /// <summary>
    /// One expression from two parts over the same parameter: <paramref name="samen"/> receives the values of
    /// <paramref name="eerste"/> and <paramref name="tweede"/> as its second and third parameter.
    /// </summary>
    public static Expression<Func<T, TUit>> Combineer<T, TEerste, TTweede, TUit>(
        Expression<Func<T, TEerste>> eerste, Expression<Func<T, TTweede>> tweede, Expression<Func<T, TEerste, TTweede, TUit>> samen)
    {
        ArgumentNullException.ThrowIfNull(eerste);
        ArgumentNullException.ThrowIfNull(tweede);
        ArgumentNullException.ThrowIfNull(samen);
        var parameter = samen.Parameters[0];
        var lichaam = new Vervanger(samen.Parameters[1], Vervang(eerste, parameter)).Visit(samen.Body);
        lichaam = new Vervanger(samen.Parameters[2], Vervang(tweede, parameter)).Visit(lichaam);
        return Expression.Lambda<Func<T, TUit>>(lichaam, parameter);
    }

    /// <summary>
    /// A rule over an aggregate and a second value (e.g. the set it is checked against) as a rule over the aggregate
    /// alone, with <paramref name="tweede"/> (e.g. the store's set, as a query) in place of the second parameter.
    /// </summary>
    public static Expression<Func<T, TUit>> Vul<T, TTweede, TUit>(Expression<Func<T, TTweede, TUit>> regel, Expression tweede)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(tweede);
        return Expression.Lambda<Func<T, TUit>>(new Vervanger(regel.Parameters[1], tweede).Visit(regel.Body), regel.Parameters[0]);
    }

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="door"/>.</summary>
    public static Expression Vervang(LambdaExpression lambda, Expression door)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        return new Vervanger(lambda.Parameters[0], door).Visit(lambda.Body);
    }

    private sealed class Vervanger(ParameterExpression oud, Expression nieuw) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == oud ? nieuw : base.VisitParameter(node);
    }
}
