using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitters;

/// <summary>
/// The register as the caller may see it: SWV staff every entry, a school those of its own vestigingen. Open entries
/// past their 3-month aim first, then the other open ones longest at home first, then the closed ones, newest end first;
/// filters on kind, status, vestiging and regio. A page at a time, with the number found; every line names a pupil, so
/// the read is audited against each.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Lezen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record GeefThuiszittersQuery(
    [property: CodeUit<Verzuimsoort>] string? Soort = null,
    [property: CodeUit<ThuiszitterStatus>] string? Status = null,
    string? Vestiging = null,
    string? Regio = null,
    string? Cursor = null,
    [property: Range(1, ThuiszittersCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<ThuiszittersDto>>;

/// <param name="Totaal">How many entries match, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record ThuiszittersDto(IReadOnlyList<ThuiszitterRegelDto> Thuiszitters, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Thuiszitters;
}

/// <summary>One entry as the list shows it.</summary>
/// <param name="DuurInDagen">Days from the first day of absence to the return or end, or to today while open.</param>
/// <param name="Verlopen">Open and past the 3-month aim.</param>
public sealed record ThuiszitterRegelDto(
    Guid Id,
    Guid LeerlingId,
    string? LeerlingNaam,
    string Vestiging,
    string? SchoolNaam,
    string? Regio,
    [property: CodeUit<Verzuimsoort>] string Soort,
    [property: CodeUit<Thuiszitreden>] string? Reden,
    [property: CodeUit<ThuiszitterStatus>] string Status,
    DateOnly VerzuimSinds,
    DateOnly? Streefdatum,
    DateOnly? Einddatum,
    int DuurInDagen,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
