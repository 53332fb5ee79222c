using PassendOnderwijs.Application.Common.Documenten;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefLbtDossier;

public sealed class GeefLbtDossierHandler(IApplicationDbContext db, IPdfOpmaak opmaak) : IQueryHandler<GeefLbtDossierQuery, Result<TlvBestand>>
{
    public async ValueTask<Result<TlvBestand>> Handle(GeefLbtDossierQuery query, CancellationToken cancellationToken)
    {
        var tlv = await db.Toelaatbaarheidsverklaringen.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TlvId, cancellationToken).ConfigureAwait(false);
        if (tlv is null)
        {
            return TlvFouten.Onbekend(query.TlvId);
        }

        // A bezwaar exists only after the decision was made known, so the decision and its bekendmaking are there too.
        if (tlv is not { LopendBezwaar: { } bezwaar, Besluit: { } besluit, BekendgemaaktOp: { } bekendgemaakt, EindeBezwaartermijn: { } eindeTermijn })
        {
            return Fout.Conflict("geen-lopend-bezwaar", "Er loopt geen bezwaar tegen deze toelaatbaarheidsverklaring, dus er is geen dossier voor de LBT.");
        }

        // The procedure and criteria the decision was taken under, as the LBT judges it against them.
        var swv = await db.SwvOpAsync(tlv.Samenwerkingsverband, besluit.Besluitdatum, cancellationToken).ConfigureAwait(false);
        var inhoud = new LbtDossierInhoud(
            swv.Naam,
            tlv.Samenwerkingsverband.Waarde,
            tlv.LeerlingNaam,
            tlv.LeerlingGeboortedatum,
            besluit.Beschikkingsnummer,
            new BezwaarInDossier(
                IndienerCodes.Lijst.Label(bezwaar.Indiener),
                bezwaar.IndienerNaam,
                bezwaar.OntvangenOp,
                bekendgemaakt,
                eindeTermijn,
                bezwaar.TeLaat,
                bezwaar.Verschoning,
                bezwaar.LbtAdviesaanvraagUiterlijk,
                bezwaar.LbtGevraagdOp,
                bezwaar.BeslissenUiterlijk,
                bezwaar.Verdaging),
            Aanvraag(tlv),
            [.. tlv.Adviezen.Where(a => a.IsUitgebracht).Select(Advies)],
            new BesluitInDossier(
                besluit.Toelaatbaar,
                SoortToelaatbaarheidCodes.Lijst.Label(besluit.Soort ?? tlv.Soort),
                TlvDocumenten.Categorie(besluit.Categorie),
                besluit.Ingangsdatum,
                besluit.Einddatum,
                besluit.RedenAfwijkendeDuur,
                besluit.Besluitdatum,
                besluit.Motivering,
                besluit.AfwijkingVanAdvies),
            swv.ProcedureEnCriteria);
        return new TlvBestand(tlv.Id, tlv.LeerlingId, Bestandsnamen.Pdf("lbt-dossier", besluit.Beschikkingsnummer), opmaak.MaakPdf(inhoud), tlv.Versie);
    }

    /// <summary>
    /// The request as the school sent it. A decision for another soort or categorie replaces them on the TLV, so what was
    /// asked for comes from the history, recorded at the request.
    /// </summary>
    private static AanvraagInDossier Aanvraag(Toelaatbaarheidsverklaring tlv) => new(
        tlv.Gebeurtenissen.FirstOrDefault(g => g.Actie == TlvGebeurtenis.Aangevraagd)?.Toelichting
            ?? throw new InvalidOperationException($"TLV {tlv.Id} has no {TlvGebeurtenis.Aangevraagd} in its history."),
        NederlandseDatum.Van(tlv.AangevraagdOp),
        tlv.Vestiging.Waarde,
        tlv.BeoogdeSchool.Naam,
        tlv.BeoogdeSchool.Vestiging.Waarde,
        tlv.BeoogdeSchool.InSamenwerkingsverband,
        tlv.GevraagdeIngangsdatum,
        tlv.GevraagdeEinddatum,
        [.. tlv.Onderbouwing.Onderwijsbehoeften.MetNamen().Select(v => new IvoVeldInDossier(v.Naam, v.Tekst))],
        tlv.Onderbouwing.Basisondersteuning,
        tlv.Onderbouwing.ExtraOndersteuning,
        tlv.Onderbouwing.Arrangementen.Count,
        tlv.Onderbouwing.VisieOuders,
        tlv.Onderbouwing.VisieLeerling);

    private static AdviesInDossier Advies(Deskundigenadvies a) => new(
        AdviesplekCodes.Lijst.Label(a.Plek),
        a.Naam,
        DisciplineCodes.Lijst.Label(a.Discipline),
        a.Werkgever,
        a.Registratie,
        a.Datum!.Value,
        a.Toelaatbaar == true,
        a.Soort is { } soort ? SoortToelaatbaarheidCodes.Lijst.Label(soort) : null,
        TlvDocumenten.Categorie(a.Categorie),
        a.Einddatum,
        a.MotiveringOnderwijsbehoeften!,
        a.MotiveringRegulier!,
        a.MotiveringBeoogdeSchool!);
}
