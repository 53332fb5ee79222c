using System.Linq.Expressions;

namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>
/// A condition a step needs beyond the status. It is an expression so the werkvoorraad can ask it in SQL; the
/// aggregate asks the compiled form. <see cref="Anders"/> is the problem when it does not hold.
/// </summary>
public sealed class Voorwaarde<TAggregaat>(Expression<Func<TAggregaat, bool>> geldt, Fout anders)
{
    private readonly Func<TAggregaat, bool> _gecompileerd = geldt.Compile();

    public Expression<Func<TAggregaat, bool>> Geldt { get; } = geldt;

    public Fout Anders { get; } = anders;

    public bool GeldtVoor(TAggregaat aggregaat) => _gecompileerd(aggregaat);
}
