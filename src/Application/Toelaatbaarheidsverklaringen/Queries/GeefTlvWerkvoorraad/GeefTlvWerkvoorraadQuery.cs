using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWerkvoorraad;

/// <summary>
/// What waits for the caller on TLV's, most urgent deadline first, from the lifecycle table: SWV staff ask the
/// deskundigen, decide, make the decision known and keep every bezwaar term; a deskundige writes the advices asked of
/// them; school and SWV see herindicaties in time. Each line is for one role. A page at a time, with the number of lines
/// on all pages, like the arrangementen werkvoorraad; every pupil on the page is audited.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Deskundige])]
[Audit(AuditActie.Lezen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record GeefTlvWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<TlvWerkvoorraadDto>>, IWerkvoorraadVraag
{
    /// <summary>A page of the TLV werkvoorraad (the last line's deadline, TLV, role and action).</summary>
    public static Tokensoort Cursorsoort => Tokensoort.TlvWerkvoorraadCursor;
}

/// <param name="Actie">The action from the lifecycle table, e.g. deskundigen-aanwijzen, adviseren, besluiten, lbt-advies-vragen, herindicatie.</param>
/// <param name="Voor">The role that must act.</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch.</param>
/// <param name="Verlopen">The deadline has passed.</param>
public sealed record TlvWerkvoorraadItemDto(
    Guid TlvId,
    TlvLeerlingDto Leerling,
    string Vestiging,
    string BeoogdeSchool,
    [property: CodeUit<SoortToelaatbaarheid>] string Soort,
    [property: CodeUit<TlvStatus>] string Status,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => TlvId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}

/// <summary>Each line names a pupil, so each is recorded in the audit log against that pupil.</summary>
/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record TlvWerkvoorraadDto(IReadOnlyList<TlvWerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items;
}
