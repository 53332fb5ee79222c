using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagTlvAan;

public sealed class VraagTlvAanHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VraagTlvAanCommand, TlvInvoer, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(VraagTlvAanCommand command, TlvInvoer invoer, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        var school = await db.Scholen.AsNoTracking().FirstAsync(s => s.Vestiging == leerling.Vestiging, cancellationToken).ConfigureAwait(false);
        var (aanvraag, fouten) = await VulBeoogdeSchoolAsync(invoer, cancellationToken).ConfigureAwait(false);
        fouten.AddRange(await ControleerArrangementenAsync(aanvraag.Arrangementen, leerling.Id, cancellationToken).ConfigureAwait(false));
        if (fouten.Count > 0)
        {
            fouten.AddRange(Toelaatbaarheidsverklaring.Controleer(aanvraag, SectorCodes.Van(leerling.Samenwerkingsverband)));
        }

        if (fouten.Count > 0)
        {
            return Result<TlvDto>.Mislukt(fouten);
        }

        var termijnen = await db.ArrangementtermijnenOpAsync(NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);
        var tlvLeerling = new TlvLeerling(leerling.Id, leerling.Naam, leerling.Geboortedatum, leerling.Vestiging, school.SchoolbestuurId, leerling.Samenwerkingsverband);
        var aangevraagd = Toelaatbaarheidsverklaring.VraagAan(tlvLeerling, aanvraag, termijnen, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!aangevraagd.Lukt(out var tlv))
        {
            return Result<TlvDto>.Mislukt(aangevraagd.Fouten);
        }

        db.Toelaatbaarheidsverklaringen.Add(tlv);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TlvDto.Van(tlv, aanroeper);
    }

    /// <summary>
    /// A school of the samenwerkingsverband is named and typed by the register; a school elsewhere needs its name and kind
    /// from the request.
    /// </summary>
    private async Task<(TlvAanvraag Aanvraag, List<Fout> Fouten)> VulBeoogdeSchoolAsync(TlvInvoer invoer, CancellationToken ct)
    {
        var gevraagd = invoer.Aanvraag.BeoogdeSchool;
        var eigen = await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == gevraagd.Vestiging, ct).ConfigureAwait(false);
        if (eigen is not null)
        {
            return (invoer.Aanvraag with { BeoogdeSchool = new BeoogdeSchool(eigen.Vestiging, eigen.Naam, eigen.Soort, true) }, []);
        }

        // Its name is the domain's to check, with the rest of the request.
        var fouten = new List<Fout>();
        if (!invoer.SoortGegeven)
        {
            fouten.Add(Fout.Ongeldig("schoolsoort-vereist", $"School {gevraagd.Vestiging} hoort niet bij het samenwerkingsverband; geef de soort school.", "beoogdeSchool.soort"));
        }

        return (invoer.Aanvraag, fouten);
    }

    /// <summary>Linked arrangementen are the pupil's own (the HGW route of this pupil).</summary>
    private async Task<IEnumerable<Fout>> ControleerArrangementenAsync(IReadOnlyList<Guid> ids, Guid leerlingId, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var gevonden = await db.Arrangementen.AsNoTracking().Where(a => ids.Contains(a.Id) && a.LeerlingId == leerlingId).Select(a => a.Id).ToListAsync(ct).ConfigureAwait(false);
        return ids.Except(gevonden).Select(id =>
            Fout.Ongeldig("arrangement-onbekend", $"Arrangement {id} is geen arrangement van deze leerling.", "arrangementen"));
    }
}
