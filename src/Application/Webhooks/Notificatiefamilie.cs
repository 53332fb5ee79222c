using System.Text;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// How the events of one base type (e.g. every ArrangementGebeurtenis) reach koppelingen: one public type per event
/// class (nl.passendonderwijs.{prefix}.{rest of the class name, lowercase}), the resource they are about, the scope
/// needed to receive them and the vestigingen they concern.
/// </summary>
public abstract class Notificatiefamilie
{
    public const string Typevoorvoegsel = "nl.passendonderwijs.";

    /// <summary>The base event type, e.g. ArrangementGebeurtenis.</summary>
    public abstract Type Basistype { get; }

    /// <summary>The part of the public type after nl.passendonderwijs., e.g. "arrangement".</summary>
    public abstract string Voorvoegsel { get; }

    /// <summary>The part of each class name that is dropped, e.g. "Arrangement" (ArrangementToegekend: toegekend).</summary>
    public abstract string Klassevoorvoegsel { get; }

    public abstract string Scope { get; }

    /// <summary>What the resource is called in Dutch, for the descriptions ("Arrangement").</summary>
    public abstract string Naam { get; }

    /// <summary>The resource's GET path, with {id}, e.g. /api/v1/arrangementen/{id}.</summary>
    public abstract string Padsjabloon { get; }

    public abstract Guid Id(IDomainEvent gebeurtenis);

    public abstract SwvCode Samenwerkingsverband(IDomainEvent gebeurtenis);

    /// <summary>The vestigingen the resource concerns, read across the tenant filter (a system path without caller).</summary>
    public abstract Task<IReadOnlyList<string>> VestigingenAsync(IApplicationDbContext db, Guid id, CancellationToken ct);

    public string Subject(Guid id) => Padsjabloon.Replace("{id}", id.ToString(), StringComparison.Ordinal);

    /// <summary>Whether an event of the base type belongs to this family (several families may share a base type).</summary>
    public virtual bool Betreft(IDomainEvent gebeurtenis) => true;

    /// <summary>The concrete event classes of the base type, in the domain assembly.</summary>
    public IEnumerable<Type> Gebeurtenissen() =>
        Basistype.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && Basistype.IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal);

    public string Soort(Type gebeurtenis)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenis);
        return Typevoorvoegsel + Voorvoegsel + "." + Rest(gebeurtenis).ToLowerInvariant();
    }

    /// <summary>"Arrangement: in behandeling genomen." from ArrangementInBehandelingGenomen.</summary>
    public string Omschrijving(Type gebeurtenis)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenis);
        var woorden = new StringBuilder();
        foreach (var teken in Rest(gebeurtenis))
        {
            if (char.IsUpper(teken) && woorden.Length > 0)
            {
                woorden.Append(' ');
            }

            woorden.Append(char.ToLowerInvariant(teken));
        }

        return $"{Naam}: {woorden}.";
    }

    private string Rest(Type gebeurtenis) =>
        gebeurtenis.Name.StartsWith(Klassevoorvoegsel, StringComparison.Ordinal) ? gebeurtenis.Name[Klassevoorvoegsel.Length..] : gebeurtenis.Name;
}

/// <summary>A <see cref="Notificatiefamilie"/> stated as one entry in <see cref="Notificatiecatalogus"/>.</summary>
public sealed class Notificatiefamilie<TBasis>(
    string voorvoegsel,
    string klassevoorvoegsel,
    string naam,
    string scope,
    string padsjabloon,
    Func<TBasis, Guid> id,
    Func<TBasis, SwvCode> samenwerkingsverband,
    Func<IApplicationDbContext, Guid, CancellationToken, Task<IReadOnlyList<string>>> vestigingen,
    Func<TBasis, bool>? betreft = null) : Notificatiefamilie
    where TBasis : IDomainEvent
{
    public override Type Basistype => typeof(TBasis);

    public override string Voorvoegsel => voorvoegsel;

    public override string Klassevoorvoegsel => klassevoorvoegsel;

    public override string Scope => scope;

    public override string Naam => naam;

    public override string Padsjabloon => padsjabloon;

    public override Guid Id(IDomainEvent gebeurtenis) => id((TBasis)gebeurtenis);

    public override SwvCode Samenwerkingsverband(IDomainEvent gebeurtenis) => samenwerkingsverband((TBasis)gebeurtenis);

    public override Task<IReadOnlyList<string>> VestigingenAsync(IApplicationDbContext db, Guid id, CancellationToken ct) => vestigingen(db, id, ct);

    public override bool Betreft(IDomainEvent gebeurtenis) => betreft is null || betreft((TBasis)gebeurtenis);
}
