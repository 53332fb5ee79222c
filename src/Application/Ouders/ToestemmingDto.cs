using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>Who may look: one external person (with their organisation), or an onderwijsbegeleidingsaanbieder as a whole.</summary>
/// <param name="GebruikerId">The external person's account; absent for a consent for the whole aanbieder.</param>
/// <param name="AanbiederCode">The aanbieder from the register; present for an aanbieder and for a person who works for one.</param>
public sealed record OntvangerDto(Guid? GebruikerId, string? AanbiederCode, string Naam, string? Organisatie)
{
    public static OntvangerDto Van(Ontvanger o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.GebruikerId, o.AanbiederCode, o.Naam, o.Organisatie);
    }
}

/// <summary>
/// A consent about a pupil: who may look, what for, given by whom on which day, until when, and whether it still holds.
/// </summary>
/// <param name="GegevenDoor">The ouder who gave it (for a consent on paper: as the school wrote down who signed).</param>
/// <param name="Wijze">In the portal by the ouder, or on paper recorded by the school.</param>
/// <param name="Tot">The last day it holds; absent: until withdrawn.</param>
/// <param name="Actief">Whether it holds now: not withdrawn and not past its last day.</param>
/// <param name="IngetrokkenDoor">Who withdrew it; only for the school and SWV staff.</param>
public sealed record ToestemmingDto(
    Guid Id,
    Guid LeerlingId,
    OntvangerDto Ontvanger,
    string Doel,
    string GegevenDoor,
    [property: CodeUit<Toestemmingswijze>] string Wijze,
    DateTimeOffset GegevenOp,
    DateOnly? Tot,
    bool Actief,
    DateTimeOffset? IngetrokkenOp,
    string? IngetrokkenDoor) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;

    public static ToestemmingDto Van(Toestemming t, DateOnly vandaag, bool voorOuder)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.Id, t.LeerlingId, OntvangerDto.Van(t.Ontvanger), t.Doel, t.OuderNaam, ToestemmingswijzeCodes.Lijst.Code(t.Wijze), t.GegevenOp, t.Tot,
            t.IsActief(vandaag), t.IngetrokkenOp, voorOuder ? null : t.IngetrokkenDoor?.Naam);
    }
}

/// <summary>
/// Someone the ouder can give consent to: a person outside the school and the SWV who is involved with the child now
/// (made betrokkene by the SWV, or giving an arrangement), or the aanbieder that gives an arrangement. Never a list of
/// the SWV's accounts: only who is already around this child.
/// </summary>
/// <param name="Waarom">Why they are on the list, in plain words.</param>
public sealed record MogelijkeOntvangerDto(OntvangerDto Ontvanger, string Waarom);

/// <summary>A child's consents, newest first, and (for the ouder) whom they can give one to now.</summary>
public sealed record ToestemmingenDto(IReadOnlyList<ToestemmingDto> Toestemmingen, IReadOnlyList<MogelijkeOntvangerDto> MogelijkeOntvangers);

internal static class ToestemmingAudit
{
    public const string Soort = "toestemming";
    public const string Doel = "Toestemming van ouders voor het delen van gegevens buiten school en samenwerkingsverband";
}

internal static class ToestemmingFouten
{
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("toestemming-onbekend", $"Er is geen toestemming {id} voor dit kind.");

    public static Fout OntvangerOnbekend { get; } = Fout.Ongeldig(
        "ontvanger-onbekend", "Kies iemand uit de lijst van wie nu bij uw kind betrokken is.", "ontvanger");

    public static Fout AlGegeven { get; } = Fout.Conflict(
        "toestemming-al-gegeven", "U gaf deze persoon of organisatie al toestemming; trek die eerst in als u iets wilt veranderen.");

    public static Fout OntvangerOnbekendVoorSchool { get; } = Fout.Ongeldig(
        "ontvanger-onbekend", "Kies iemand uit de lijst van wie nu bij de leerling betrokken is.", "ontvanger");

    public static Fout AlGegevenVoorSchool { get; } = Fout.Conflict(
        "toestemming-al-gegeven", "Voor deze persoon of organisatie geldt al een toestemming; trek die eerst in als er iets verandert.");
}

internal static class Toestemmingen
{
    public static async Task<IReadOnlyList<ToestemmingDto>> VanLeerlingAsync(
        IApplicationDbContext db, Guid leerlingId, DateOnly vandaag, bool voorOuder, CancellationToken ct)
    {
        var rijen = await db.Toestemmingen.AsNoTracking().Where(t => t.LeerlingId == leerlingId)
            .OrderByDescending(t => t.GegevenOp).ThenByDescending(t => t.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rijen.Select(t => ToestemmingDto.Van(t, vandaag, voorOuder))];
    }

    /// <summary>
    /// The external people involved with the pupil now (an active betrokkenheid, or the provider of an open arrangement)
    /// and the aanbieders of open arrangements and of those people: the ones a consent can be for.
    /// </summary>
    public static async Task<IReadOnlyList<MogelijkeOntvangerDto>> MogelijkAsync(IApplicationDbContext db, Guid leerlingId, DateOnly vandaag, CancellationToken ct)
    {
        var betrokken = await db.Betrokkenen.AsNoTracking()
            .Where(b => b.LeerlingId == leerlingId && b.BeeindigdOp == null && b.Tot >= vandaag)
            .Select(b => b.ExpertId).ToListAsync(ct).ConfigureAwait(false);
        var open = await db.Arrangementen.AsNoTracking()
            .Where(a => a.LeerlingId == leerlingId && a.Status != ArrangementStatus.Afgewezen && a.Status != ArrangementStatus.Beeindigd)
            .Select(a => new { a.UitvoerderExpertId, a.UitvoerderSoort, a.Uitvoerder }).ToListAsync(ct).ConfigureAwait(false);
        var uitvoerders = open.Where(a => a.UitvoerderExpertId is not null).Select(a => a.UitvoerderExpertId!.Value).ToList();
        var ids = betrokken.Concat(uitvoerders).Distinct().Select(id => new GebruikerId(id)).ToList();
        var personen = await db.Gebruikers.AsNoTracking()
            .Where(g => ids.Contains(g.Id) && g.Actief && g.ExterneOrganisatie != null)
            .OrderBy(g => g.Naam).ToListAsync(ct).ConfigureAwait(false);

        var lijst = new List<MogelijkeOntvangerDto>();
        foreach (var p in personen)
        {
            var waarom = uitvoerders.Contains(p.Id.Waarde)
                ? "Geeft uw kind extra ondersteuning (een arrangement)."
                : "Het samenwerkingsverband heeft deze persoon bij uw kind betrokken.";
            lijst.Add(new(new(p.Id.Waarde, p.ExterneAanbiederCode, p.Naam, p.ExterneOrganisatie), waarom));
        }

        var aanbieders = open.Where(a => a.UitvoerderSoort == SoortUitvoerder.Oba && a.Uitvoerder.ObaCode is not null)
            .Select(a => (Code: a.Uitvoerder.ObaCode!, a.Uitvoerder.Naam, Waarom: "Geeft uw kind extra ondersteuning (een arrangement)."))
            .Concat(personen.Where(p => p.ExterneAanbiederCode is not null)
                .Select(p => (Code: p.ExterneAanbiederCode!, Naam: p.ExterneOrganisatie!, Waarom: $"De organisatie van {p.Naam}.")))
            .DistinctBy(a => a.Code);
        lijst.AddRange(aanbieders.Select(a => new MogelijkeOntvangerDto(new(null, a.Code, a.Naam, null), a.Waarom)));
        return lijst;
    }

    /// <summary>The recipient the ouder chose, when it is one of <see cref="MogelijkAsync"/>; null otherwise.</summary>
    public static Ontvanger? Kies(IReadOnlyList<MogelijkeOntvangerDto> mogelijk, Guid? gebruikerId, string? aanbiederCode)
    {
        var gekozen = gebruikerId is { } id
            ? mogelijk.FirstOrDefault(m => m.Ontvanger.GebruikerId == id)
            : aanbiederCode is null ? null : mogelijk.FirstOrDefault(m => m.Ontvanger.GebruikerId is null && m.Ontvanger.AanbiederCode == aanbiederCode);
        return gekozen is null ? null : new(gekozen.Ontvanger.GebruikerId, gekozen.Ontvanger.AanbiederCode, gekozen.Ontvanger.Naam, gekozen.Ontvanger.Organisatie);
    }
}
