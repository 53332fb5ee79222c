using System.Linq.Expressions;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>
/// A workflow's lifecycle table and what follows from it: whether a step may be taken from the aggregate's current
/// state (and the problem when not), who may take it, and which steps a caller may take now.
/// </summary>
public sealed class Levenscyclus<TAggregaat, TStatus, TStap>
    where TStatus : struct, Enum
    where TStap : struct, Enum
{
    private readonly Dictionary<TStap, Stap<TAggregaat, TStatus, TStap>> _stappen;
    private readonly Func<TAggregaat, TStatus> _status;

    public Levenscyclus(
        string aggregaatNaam,
        Expression<Func<TAggregaat, TStatus>> status,
        Codelijst<TStatus> statuscodes,
        Codelijst<TStap> stapcodes,
        IReadOnlyList<Stap<TAggregaat, TStatus, TStap>> stappen)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(stappen);
        if (stappen.Select(s => s.Code).Distinct().Count() != Enum.GetValues<TStap>().Length || stappen.Count != Enum.GetValues<TStap>().Length)
        {
            throw new ArgumentException($"Every {typeof(TStap).Name} needs exactly one row.", nameof(stappen));
        }

        var teveel = stappen.Where(s => s.Werkvoorraad?.Voor?.Except(s.Rollen).Any() == true).Select(s => s.Code).ToList();
        if (teveel.Count > 0)
        {
            throw new ArgumentException($"A werkvoorraad line is for a role that may not take its step: {string.Join(", ", teveel)}.", nameof(stappen));
        }

        AggregaatNaam = aggregaatNaam;
        Status = status;
        Statuscodes = statuscodes;
        Stapcodes = stapcodes;
        Stappen = stappen;
        _stappen = stappen.ToDictionary(s => s.Code);
        _status = status.Compile();
    }

    /// <summary>How a problem names the aggregate, e.g. "Een arrangement".</summary>
    public string AggregaatNaam { get; }

    public Expression<Func<TAggregaat, TStatus>> Status { get; }

    public Codelijst<TStatus> Statuscodes { get; }

    public Codelijst<TStap> Stapcodes { get; }

    /// <summary>The rows in the order the table lists them (and a screen offers them).</summary>
    public IReadOnlyList<Stap<TAggregaat, TStatus, TStap>> Stappen { get; }

    public Stap<TAggregaat, TStatus, TStap> this[TStap code] => _stappen[code];

    /// <summary>Why <paramref name="code"/> cannot be taken now, or null when it can.</summary>
    public Fout? Weiger(TAggregaat aggregaat, TStap code)
    {
        var stap = _stappen[code];
        var huidig = _status(aggregaat);
        if (KanGenomenWorden(stap, huidig, aggregaat))
        {
            return null;
        }

        if (!stap.Van.Contains(huidig))
        {
            var van = Opsomming.Of([.. stap.Van.Select(s => $"'{Statuscodes.LabelInZin(s)}'")]);
            return Fout.Conflict(
                "ongeldige-overgang",
                $"{AggregaatNaam} met de status '{Statuscodes.LabelInZin(huidig)}' kunt u niet {stap.Omschrijving}; dat kan alleen bij de status {van}.");
        }

        return stap.Voorwaarde!.Anders;
    }

    /// <summary>
    /// Takes step <paramref name="code"/> on <paramref name="aggregaat"/>: refused when the table does not allow it now
    /// or when the step's own checks (<paramref name="stap"/>, which changes nothing until it has found no problem) find
    /// any, and then nothing has changed; otherwise <paramref name="vastleggen"/> applies the row (its status, history
    /// and event) with the step's note. Every aggregate with a lifecycle table takes its steps through here.
    /// </summary>
    public Result<TAggregaat> Neem(
        TAggregaat aggregaat, TStap code, Func<Stapuitkomst> stap, Action<Stap<TAggregaat, TStatus, TStap>, string?> vastleggen)
    {
        ArgumentNullException.ThrowIfNull(stap);
        ArgumentNullException.ThrowIfNull(vastleggen);
        if (Weiger(aggregaat, code) is { } weigering)
        {
            return Result<TAggregaat>.Mislukt(weigering);
        }

        var uitkomst = stap();
        if (uitkomst.Fouten.Count > 0)
        {
            return Result<TAggregaat>.Mislukt(uitkomst.Fouten);
        }

        vastleggen(_stappen[code], uitkomst.Toelichting);
        return Result<TAggregaat>.Gelukt(aggregaat);
    }

    /// <summary>The steps a caller with these roles, scopes and functies may take on the aggregate as it is now, in table order.</summary>
    public IReadOnlyList<TStap> ToegestaneStappen(
        TAggregaat aggregaat, IReadOnlyCollection<Rol> rollen, IReadOnlyCollection<string> scopes, IReadOnlyCollection<Functie>? functies = null)
    {
        var huidig = _status(aggregaat);
        return Stappen.Where(s => s.MagDoor(rollen, scopes, functies) && KanGenomenWorden(s, huidig, aggregaat)).Select(s => s.Code).ToList();
    }

    private static bool KanGenomenWorden(Stap<TAggregaat, TStatus, TStap> stap, TStatus huidig, TAggregaat aggregaat) =>
        stap.Van.Contains(huidig) && (stap.Voorwaarde is null || stap.Voorwaarde.GeldtVoor(aggregaat));

    /// <summary>
    /// What waits for a caller with these roles (and functies): one filter per werkvoorraad line and role that must act
    /// on it (the rule's <c>Voor</c>, or every role that may take its steps, a medewerker of the samenwerkingsverband
    /// also by a functie of the step), for the caller's roles only. A filter holds when a step of the line can be taken
    /// (status and condition), the line is due within the horizon, and the role is among those who must act
    /// (<c>Betrokken</c>). Each is an expression, so the werkvoorraad is filtered in SQL; a person with two roles gets
    /// the lines of each, each naming the role it is for.
    /// </summary>
    public IEnumerable<(Werkvoorraadregel<TAggregaat> Regel, Rol Voor, Expression<Func<TAggregaat, bool>> Filter)> Werkvoorraad(
        IReadOnlyCollection<Rol> rollen, DateOnly horizon, Guid aanroeper = default, IReadOnlyCollection<Functie>? functies = null)
    {
        foreach (var regel in Stappen.Select(s => s.Werkvoorraad).OfType<Werkvoorraadregel<TAggregaat>>().Distinct())
        {
            var stappen = Stappen.Where(s => ReferenceEquals(s.Werkvoorraad, regel)).ToList();
            var wie = regel.Voor ?? stappen.SelectMany(s => s.Rollen).Concat(stappen.Where(s => s.Functies.Count > 0).Select(_ => Rol.SwvMedewerker))
                .Distinct().Order().ToList();
            foreach (var rol in wie.Where(rollen.Contains))
            {
                // A step of a functie waits only for the medewerker who holds it, as only they may take it.
                var haar = stappen.Where(s => regel.Voor is not null || s.MagDoor([rol], [], functies)).ToList();
                if (haar.Count == 0)
                {
                    continue;
                }

                var filter = Expressie.Of(haar.Select(s => s.Kan(Status)).ToList());
                if (regel.Wanneer is { } wanneer)
                {
                    filter = Expressie.En(filter, wanneer(horizon));
                }

                if (regel.Betrokken?.Invoke(rol, aanroeper) is { } betrokken)
                {
                    filter = Expressie.En(filter, betrokken);
                }

                yield return (regel, rol, filter);
            }
        }
    }
}
