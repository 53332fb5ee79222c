using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Application.Webhooks;

/// <summary>
/// Every event koppelingen can receive, by public type. A new kind of event is ONE entry in <see cref="Families"/>:
/// its consumer, its types and their descriptions follow from it (see DependencyInjection).
/// </summary>
public static class Notificatiecatalogus
{
    public static IReadOnlyList<Notificatiefamilie> Families { get; } =
    [
        new Notificatiefamilie<ArrangementGebeurtenis>(
            "arrangement", "Arrangement", "Arrangement", Scopes.ArrangementenLezen, "/api/v1/arrangementen/{id}",
            g => g.ArrangementId, g => g.Samenwerkingsverband, ArrangementVestigingen),
        new Notificatiefamilie<TlvGebeurtenisBericht>(
            "tlv", "Tlv", "Toelaatbaarheidsverklaring", Scopes.TlvLezen, "/api/v1/toelaatbaarheidsverklaringen/{id}",
            g => g.TlvId, g => g.Samenwerkingsverband, TlvVestigingen),
        new Notificatiefamilie<OppGebeurtenisBericht>(
            "opp", "Opp", "Ontwikkelingsperspectiefplan", Scopes.OppLezen, "/api/v1/ontwikkelingsperspectiefplannen/{id}",
            g => g.OppId, g => g.Samenwerkingsverband, OppVestigingen),

        // The deadline engine's signals, one family per kind of case: each needs the scope of its case, and its subject
        // is the terms of that case (nl.passendonderwijs.termijn-arrangement.nadert, …).
        Termijnfamilie(Zaaksoort.Arrangement, "arrangement", "Termijn van een arrangement", Scopes.ArrangementenLezen, "arrangementId", ArrangementVestigingen),
        Termijnfamilie(Zaaksoort.Toelaatbaarheidsverklaring, "tlv", "Termijn van een toelaatbaarheidsverklaring", Scopes.TlvLezen, "tlvId", TlvVestigingen),
        Termijnfamilie(Zaaksoort.Ontwikkelingsperspectiefplan, "opp", "Termijn van een ontwikkelingsperspectiefplan", Scopes.OppLezen, "oppId", OppVestigingen),
    ];

    /// <summary>Every public type with its description, scope and family.</summary>
    public static IReadOnlyList<Notificatiesoort> Soorten { get; } =
        [.. Families.SelectMany(f => f.Gebeurtenissen().Select(t => new Notificatiesoort(f.Soort(t), f.Omschrijving(t), f.Scope, f.Padsjabloon, t, f)))];

    private static IReadOnlyList<string> Codes(IEnumerable<VestigingCode> vestigingen) =>
        [.. vestigingen.Select(v => v.Waarde).Distinct(StringComparer.Ordinal)];

    /// <summary>The public type of an event: of its class, in the family it belongs to.</summary>
    public static Notificatiesoort? Zoek(IDomainEvent gebeurtenis)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenis);
        return Soorten.FirstOrDefault(s => s.Gebeurtenis == gebeurtenis.GetType() && s.Familie.Betreft(gebeurtenis));
    }

    private static Notificatiefamilie<TermijnGebeurtenis> Termijnfamilie(
        Zaaksoort zaak, string voorvoegsel, string naam, string scope, string parameter,
        Func<IApplicationDbContext, Guid, CancellationToken, Task<IReadOnlyList<string>>> vestigingen) =>
        new Notificatiefamilie<TermijnGebeurtenis>(
            "termijn-" + voorvoegsel, "Termijn", naam, scope, $"/api/v1/termijnen?{parameter}={{id}}",
            g => g.ZaakId, g => g.Samenwerkingsverband, vestigingen, g => g.Zaak == zaak);

    private static async Task<IReadOnlyList<string>> ArrangementVestigingen(IApplicationDbContext db, Guid id, CancellationToken ct) =>
        Codes(await db.Arrangementen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Vestiging).ToListAsync(ct).ConfigureAwait(false));

    /// <summary>The requesting school and the school that receives the pupil both read the TLV (as in the TLV feed).</summary>
    private static async Task<IReadOnlyList<string>> TlvVestigingen(IApplicationDbContext db, Guid id, CancellationToken ct) =>
        Codes((await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().Where(t => t.Id == id)
            .Select(t => new { Aanvrager = t.Vestiging, Ontvanger = t.BeoogdeSchool.Vestiging })
            .ToListAsync(ct).ConfigureAwait(false)).SelectMany(t => new[] { t.Aanvrager, t.Ontvanger }));

    private static async Task<IReadOnlyList<string>> OppVestigingen(IApplicationDbContext db, Guid id, CancellationToken ct) =>
        Codes(await db.Ontwikkelingsperspectiefplannen.IgnoreQueryFilters().Where(o => o.Id == id).Select(o => o.Vestiging).ToListAsync(ct).ConfigureAwait(false));

    public static bool Bestaat(string soort) => Soorten.Any(s => s.Soort == soort);
}

/// <summary>One public event type: the CloudEvents type, its description and the scope needed.</summary>
public sealed record Notificatiesoort(string Soort, string Omschrijving, string Scope, string Padsjabloon, Type Gebeurtenis, Notificatiefamilie Familie);
