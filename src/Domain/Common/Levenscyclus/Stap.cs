using System.Linq.Expressions;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Common.Levenscyclus;

/// <summary>
/// One row of a workflow's lifecycle table: the statuses the step may start from, any extra condition, who may take
/// it (roles of people, scopes of machine clients), the status it leads to, the history event it writes and the
/// domain event it raises. The
/// aggregate's transitions, the access check of the step's command, the werkvoorraad and the resource's
/// <c>toegestaneStappen</c> all read this one row.
/// </summary>
public sealed record Stap<TAggregaat, TStatus, TStap>
    where TStatus : struct, Enum
    where TStap : struct, Enum
{
    public required TStap Code { get; init; }

    /// <summary>What the step does, as it reads after "kunt u niet …" (e.g. "in behandeling nemen").</summary>
    public required string Omschrijving { get; init; }

    /// <summary>What the step means, in plain Dutch for people reading the contract (e.g. "Het arrangement toekennen.").</summary>
    public required string Betekenis { get; init; }

    public required IReadOnlyList<TStatus> Van { get; init; }

    /// <summary>A condition beyond the status (e.g. "a question is open"), with the problem when it does not hold.</summary>
    public Voorwaarde<TAggregaat>? Voorwaarde { get; init; }

    public required IReadOnlyList<Rol> Rollen { get; init; }

    /// <summary>
    /// Scopes with which a machine client (a koppeling) may take the step, e.g. a school's LAS confirming an OPP's ROD
    /// registration. The client sees only what the store's filters show it (its own vestigingen), like a person.
    /// </summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>
    /// Medewerkers of the samenwerkingsverband holding one of these functies may take the step too, whatever
    /// <see cref="Rollen"/> says: a step of a task (the regionaal procesbegeleider links an expert), not of the role.
    /// </summary>
    public IReadOnlyList<Functie> Functies { get; init; } = [];

    /// <summary>The status after the step; null when the step keeps the status (a question, an evaluation).</summary>
    public TStatus? Naar { get; init; }

    /// <summary>The action the step writes in the history.</summary>
    public required string Gebeurtenis { get; init; }

    /// <summary>The named domain event the step raises, made from the aggregate after the step (outbox, consumers).</summary>
    public required Func<TAggregaat, DateTimeOffset, IDomainEvent> Meldt { get; init; }

    /// <summary>When the step waits for someone, how it shows in their werkvoorraad.</summary>
    public Werkvoorraadregel<TAggregaat>? Werkvoorraad { get; init; }

    /// <summary>
    /// The step as one condition on the aggregate (status and extra condition), for queries. A step from one status is
    /// an equality, not a list test: PostgreSQL reads an index on (status, deadline) in order only for "status = x", and
    /// with "status = ANY(…)" it fetches and sorts every row of that status for a werkvoorraad page (12 ms against
    /// 0.2 ms for 2,500 requests).
    /// </summary>
    public Expression<Func<TAggregaat, bool>> Kan(Expression<Func<TAggregaat, TStatus>> status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var van = Van;
        Expression<Func<TStatus, bool>> inVan = s => van.Contains(s);
        var lichaam = van.Count == 1 ? IsGelijk(status.Body, van[0]) : Expressie.Vervang(inVan, status.Body);
        return Voorwaarde is null
            ? Expression.Lambda<Func<TAggregaat, bool>>(lichaam, status.Parameters)
            : Expressie.En(Expression.Lambda<Func<TAggregaat, bool>>(lichaam, status.Parameters), Voorwaarde.Geldt);
    }

    /// <summary>
    /// <paramref name="status"/> == <paramref name="waarde"/> as C# writes it for an enum (both sides converted to the
    /// underlying type), the form query providers translate to the column's own value.
    /// </summary>
    private static BinaryExpression IsGelijk(Expression status, TStatus waarde)
    {
        var onderliggend = Enum.GetUnderlyingType(typeof(TStatus));
        return Expression.Equal(Expression.Convert(status, onderliggend), Expression.Convert(Expression.Constant(waarde, typeof(TStatus)), onderliggend));
    }

    /// <summary>A functie counts only for a medewerker of the samenwerkingsverband, as in the authorization behaviour.</summary>
    public bool MagDoor(IReadOnlyCollection<Rol> rollen, IReadOnlyCollection<string> scopes, IReadOnlyCollection<Functie>? functies = null) =>
        Rollen.Any(rollen.Contains)
        || Scopes.Any(scopes.Contains)
        || (rollen.Contains(Rol.SwvMedewerker) && Functies.Any(f => functies?.Contains(f) == true));
}
