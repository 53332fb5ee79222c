using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;

/// <summary>
/// The OPP's the caller may see, as rows of a list (newest start first), with filters: one pupil, a status, a vestiging.
/// The DbContext's filter decides what is seen, as for one OPP: the school its own; SWV staff and involved experts only
/// when the pupil has an arrangement or a TLV. A page at a time, with the number found. Every row names a pupil: the
/// read is audited against each.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppsQuery(
    Guid? LeerlingId = null,
    [property: CodeUit<OppStatus>] string? Status = null,
    [property: RegularExpression(VestigingCode.Patroon)] string? Vestiging = null,
    string? Cursor = null,
    [property: Range(1, OppCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<OppLijstDto>>;

/// <param name="Totaal">How many OPP's match, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record OppLijstDto(IReadOnlyList<OppRijDto> Ontwikkelingsperspectiefplannen, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Ontwikkelingsperspectiefplannen;
}

/// <summary>Who a plan is for, as a list names them.</summary>
public sealed record OppLeerlingDto(Guid Id, string Naam);

/// <summary>One OPP as a list shows it.</summary>
/// <param name="GeldendeVersie">The number of the version that holds, if one is vastgesteld.</param>
/// <param name="Conceptversie">The number of the concept, while there is one.</param>
/// <param name="VaststellenUiterlijk">Six weeks after the startdatum: the legal term for the first vaststelling.</param>
/// <param name="EvaluatieUiterlijk">By when the next evaluation with the ouders is due; absent before the vaststelling.</param>
public sealed record OppRijDto(
    Guid Id,
    OppLeerlingDto Leerling,
    string Vestiging,
    [property: CodeUit<SoortSchool>] string SoortSchool,
    [property: CodeUit<Aanleiding>] string Aanleiding,
    [property: CodeUit<OppStatus>] string Status,
    int? GeldendeVersie,
    int? Conceptversie,
    DateOnly Startdatum,
    DateOnly VaststellenUiterlijk,
    DateOnly? EersteVaststelling,
    DateOnly? EvaluatieUiterlijk,
    bool WachtOpInstemming,
    DateOnly? Einddatum) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}
