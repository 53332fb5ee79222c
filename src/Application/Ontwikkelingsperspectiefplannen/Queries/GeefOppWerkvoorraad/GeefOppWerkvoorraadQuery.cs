using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWerkvoorraad;

/// <summary>
/// What waits for the caller on OPP's, most urgent deadline first: the lifecycle table's lines for the school (set the
/// plan within six weeks, ask the ouders' instemming, evaluate yearly, register in ROD), and "OPP ontbreekt"
/// (<see cref="OppPlicht"/>) for the school and the SWV's staff: support runs and no plan holds. Each line is for one role.
/// A page at a time, with the number of lines on all pages, like the arrangementen werkvoorraad; every pupil on the page
/// is audited.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<OppWerkvoorraadDto>>, IWerkvoorraadVraag
{
    /// <summary>A page of the OPP werkvoorraad (the last line's deadline, plan or arrangement, role and action).</summary>
    public static Tokensoort Cursorsoort => Tokensoort.OppWerkvoorraadCursor;
}

/// <param name="OppId">The plan the line is about; absent when the pupil has none yet (the school can start it).</param>
/// <param name="ArrangementId">The running arrangement that asks for the plan (only on opp-ontbreekt).</param>
/// <param name="Status">The plan's status; absent when there is no plan.</param>
/// <param name="Actie">vaststellen, instemming-vragen, evalueren, rod-registreren or opp-ontbreekt.</param>
/// <param name="Voor">The role that must act.</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch.</param>
/// <param name="Verlopen">The deadline has passed.</param>
public sealed record OppWerkvoorraadItemDto(
    Guid? OppId,
    Guid? ArrangementId,
    OppLeerlingDto Leerling,
    string Vestiging,
    [property: CodeUit<OppStatus>] string? Status,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    // A line without a plan is about the arrangement that asks for one.
    string IAuditResultaat.AuditResourceId => (OppId ?? ArrangementId)!.Value.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}

/// <summary>Each line names a pupil, so each is recorded in the audit log against that pupil.</summary>
/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record OppWerkvoorraadDto(IReadOnlyList<OppWerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items;
}
