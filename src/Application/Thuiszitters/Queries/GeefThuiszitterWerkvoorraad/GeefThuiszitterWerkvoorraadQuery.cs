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
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitterWerkvoorraad;

/// <summary>
/// What waits for SWV staff in the thuiszitters register, from the lifecycle table: every open thuiszitter whose 3-month
/// aim comes within 30 days or has passed, the earliest aim first. A page at a time, like every werkvoorraad; every
/// pupil on the page is audited.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Lezen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record GeefThuiszitterWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<ThuiszitterWerkvoorraadDto>>, IWerkvoorraadVraag
{
    public static Tokensoort Cursorsoort => Tokensoort.ThuiszitterWerkvoorraadCursor;
}

/// <param name="Actie">terugkeer-regelen.</param>
/// <param name="Voor">The role that must act.</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch.</param>
/// <param name="Deadline">The 3-month aim.</param>
/// <param name="Verlopen">The aim has passed.</param>
public sealed record ThuiszitterWerkvoorraadItemDto(
    Guid ThuiszitterId,
    Guid LeerlingId,
    string LeerlingNaam,
    string Vestiging,
    [property: CodeUit<Verzuimsoort>] string Soort,
    DateOnly VerzuimSinds,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => ThuiszitterId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}

/// <summary>Each line names a pupil, so each is recorded in the audit log against that pupil.</summary>
/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record ThuiszitterWerkvoorraadDto(IReadOnlyList<ThuiszitterWerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items;
}
