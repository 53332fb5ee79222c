using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Dossiers.Commands.ImporteerDossier;

public sealed class ImporteerDossierHandler(
    IApplicationDbContext db, IOsoLezer lezer, IDocumentOpslag opslag, IBeurten beurten, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<ImporteerDossierCommand, Result<DossierimportDto>>
{
    public async ValueTask<Result<DossierimportDto>> Handle(ImporteerDossierCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var hash = Convert.ToHexStringLower(SHA256.HashData(command.Xml.Span));
        if (await EerderAsync(hash, cancellationToken).ConfigureAwait(false) is { } eerder)
        {
            return eerder;
        }

        var gelezen = OsoInlezing.Lees(lezer, command.Xml);
        if (!gelezen.Lukt(out var dossier))
        {
            return Result<DossierimportDto>.Mislukt(gelezen.Fouten);
        }

        var vestiging = dossier.Inhoud.Vestiging;
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return Fout.NietGevonden("samenwerkingsverband-onbekend", "Uw samenwerkingsverband is nog niet ingericht; een dossier kan pas daarna worden aangeleverd.");
        }

        if (dossier.Inhoud.Profiel.Sector() != swv.Sector)
        {
            return DossierFouten.ProfielPastNiet(dossier.Inhoud.Profiel, swv.Sector);
        }

        var school = await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return Fout.RegelGeschonden("school-onbekend", $"Het dossier komt van vestiging {vestiging}, en die hoort niet bij dit samenwerkingsverband.");
        }

        if (aanroeper.Soort == SoortAanroeper.Client || aanroeper.Rollen.Contains(Rol.SchoolMedewerker.Code()) && !aanroeper.Rollen.Contains(Rol.SwvMedewerker.Code()))
        {
            if (!aanroeper.Vestigingen.Contains(vestiging.Waarde))
            {
                return Fout.Verboden("niet-eigen-vestiging", $"U kunt alleen dossiers aanleveren van leerlingen van uw eigen vestigingen; dit dossier komt van {vestiging}.");
            }
        }

        // Deliveries for one pupil take turns: a parallel second delivery of the same file then finds the first.
        var leerlingsleutel = dossier.Leerling.LasSleutel ?? $"{Leerlingherkenning.Gewoon(dossier.Leerling.Achternaam)}\n{dossier.Leerling.Geboortedatum:O}";
        await beurten.WachtOpBeurtAsync(Beurtsoort.Dossier, $"{swv.Id}\n{vestiging}\n{leerlingsleutel}", cancellationToken).ConfigureAwait(false);
        if (await EerderAsync(hash, cancellationToken).ConfigureAwait(false) is { } tegelijk)
        {
            return tegelijk;
        }

        var verslag = new List<Verslagregel>();
        var gevonden = await LeerlingAsync(command.LeerlingId, dossier.Leerling, school, verslag, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var leerling))
        {
            return Result<DossierimportDto>.Mislukt(gevonden.Fouten);
        }

        var eerdere = await db.Dossierimports.Where(d => d.LeerlingId == leerling.Id && d.Status == DossierimportStatus.Actueel).ToListAsync(cancellationToken).ConfigureAwait(false);
        eerdere.ForEach(d => d.Vervang());
        var ontvangst = new Ontvangst(swv.Id, hash, command.Xml.Length, klok.GetUtcNow(), aanroeper.AlsActor());
        if (await OppUitDossier.StartAsync(db, dossier.Inhoud, leerling, school, ontvangst.Aanleverder, ontvangst.Ontvangen, cancellationToken).ConfigureAwait(false) is { } oppRegel)
        {
            verslag.Add(oppRegel);
        }

        verslag.AddRange(Dossierverslag.Bewaard(dossier.Inhoud));
        verslag.AddRange(dossier.Verslag);
        var import = Dossierimport.Ontvang(ontvangst, leerling.Id, dossier.Inhoud, verslag);
        db.Dossierimports.Add(import);
        import.Meld(await Bijlagen.BewaarAsync(db, opslag, import, dossier.Bijlagen, ontvangst.Aanleverder, cancellationToken).ConfigureAwait(false));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return DossierimportDto.Van(import, leerling.Naam) with { Nieuw = true };
    }

    private async Task<DossierimportDto?> EerderAsync(string hash, CancellationToken ct)
    {
        var eerder = await db.Dossierimports.AsNoTracking().FirstOrDefaultAsync(d => d.Inhoudshash == hash, ct).ConfigureAwait(false);
        if (eerder is null)
        {
            return null;
        }

        var naam = await db.Leerlingen.Where(l => l.Id == eerder.LeerlingId).Select(l => new { l.Voornaam, l.Achternaam }).FirstAsync(ct).ConfigureAwait(false);
        return DossierimportDto.Van(eerder, Leerling.VolledigeNaam(naam.Voornaam, naam.Achternaam));
    }

    /// <summary>The pupil the dossier is about: the one the caller named, the one recognised, or a new one; a doubt is the caller's to resolve.</summary>
    private async Task<Result<Leerling>> LeerlingAsync(Guid? genoemd, OsoLeerling gegevens, School school, List<Verslagregel> verslag, CancellationToken ct)
    {
        Leerling? leerling;
        string reden;
        if (genoemd is { } id)
        {
            leerling = await db.Leerlingen.FirstOrDefaultAsync(l => l.Id == id, ct).ConfigureAwait(false);
            if (leerling is null)
            {
                return Fout.NietGevonden("leerling-niet-gevonden", $"Er is geen leerling {id} die u kunt zien.");
            }

            if (leerling.Geboortedatum != gegevens.Geboortedatum)
            {
                return Fout.RegelGeschonden("leerling-past-niet", $"Het dossier gaat over een leerling geboren op {NederlandseDatum.Tekst(gegevens.Geboortedatum)}; de gekozen leerling is op een andere dag geboren.");
            }

            reden = "zoals gekozen bij het aanleveren";
        }
        else
        {
            var vestiging = school.Vestiging;
            var kandidaten = await db.Leerlingen
                .Where(l => l.Vestiging == vestiging && (l.LasSleutel == gegevens.LasSleutel || l.Geboortedatum == gegevens.Geboortedatum))
                .ToListAsync(ct).ConfigureAwait(false);
            switch (Leerlingherkenning.Herken(gegevens.LasSleutel, gegevens.Voornaam, gegevens.Achternaam, gegevens.Geboortedatum, kandidaten))
            {
                case Herkenning.Bekend bekend:
                    (leerling, reden) = (bekend.Leerling, bekend.Reden);
                    break;
                case Herkenning.Twijfel twijfel:
                    return DossierFouten.Twijfel(twijfel.Kandidaten);
                default:
                    return Registreer(gegevens, school, verslag);
            }
        }

        var bijgewerkt = leerling.WerkBij(gegevens.Voornaam, gegevens.Achternaam, gegevens.Groep ?? leerling.Groep);
        if (!bijgewerkt.Lukt(out var gewijzigd))
        {
            return Result<Leerling>.Mislukt(bijgewerkt.Fouten);
        }

        if (gegevens.LasSleutel is not null && leerling.LasSleutel is null)
        {
            leerling.KoppelLasSleutel(gegevens.LasSleutel);
            gewijzigd = [.. gewijzigd, "leerlingsleutel van het LAS"];
        }

        // The newer dossier's area replaces the old one; a dossier without an address leaves what is known.
        if (gegevens.Postcodegebied is not null && gegevens.Postcodegebied != leerling.Postcodegebied)
        {
            leerling.LegPostcodegebiedVast(gegevens.Postcodegebied);
            gewijzigd = [.. gewijzigd, "postcodegebied"];
        }

        verslag.Add(gewijzigd.Count > 0
            ? new Verslagregel(Verslagsoort.Bijgewerkt, "Leerling", $"Herkend {reden}; bijgewerkt: {Opsomming.En(gewijzigd)}.")
            : new Verslagregel(Verslagsoort.Bijgewerkt, "Leerling", $"Herkend {reden}; de gegevens waren al gelijk."));
        return leerling;
    }

    private Result<Leerling> Registreer(OsoLeerling gegevens, School school, List<Verslagregel> verslag)
    {
        var geregistreerd = Leerling.Registreer(
            school, gegevens.Voornaam, gegevens.Achternaam, gegevens.Geboortedatum, gegevens.Groep, NederlandseTijd.Vandaag(klok), gegevens.Postcodegebied);
        if (!geregistreerd.Lukt(out var leerling))
        {
            return geregistreerd;
        }

        leerling.KoppelLasSleutel(gegevens.LasSleutel);
        db.Leerlingen.Add(leerling);
        verslag.Add(new Verslagregel(Verslagsoort.Aangemaakt, "Leerling", $"Nieuw geregistreerd bij vestiging {school.Vestiging}: naam, geboortedatum en groep {leerling.Groep}."));
        return leerling;
    }
}
