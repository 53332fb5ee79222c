using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingWerkvoorraad;

/// <summary>
/// What waits for the caller on aanmeldingen, most urgent deadline first: for the school the table's line (decide
/// before the zorgplicht's term ends), for the SWV's staff a line of its own (<c>zorgplicht-bewaken</c>) for every open
/// aanmelding of the region whose term is close or passed. A page at a time, with the number of lines on all pages,
/// like the other werkvoorraden; every pupil on the page is audited.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[Audit(AuditActie.Lezen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record GeefAanmeldingWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<AanmeldingWerkvoorraadDto>>, IWerkvoorraadVraag
{
    public static Tokensoort Cursorsoort => Tokensoort.AanmeldingWerkvoorraadCursor;
}

/// <param name="Actie">besluiten (the school) or zorgplicht-bewaken (the samenwerkingsverband).</param>
/// <param name="Voor">The role that must act.</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch.</param>
/// <param name="Verlopen">The deadline has passed.</param>
public sealed record AanmeldingWerkvoorraadItemDto(
    Guid AanmeldingId,
    AanmeldingLeerlingDto Leerling,
    string Vestiging,
    string SchoolNaam,
    [property: CodeUit<AanmeldingStatus>] string Status,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => AanmeldingId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}

/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record AanmeldingWerkvoorraadDto(IReadOnlyList<AanmeldingWerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items;
}

public sealed class GeefAanmeldingWerkvoorraadValidator : AbstractValidator<GeefAanmeldingWerkvoorraadQuery>
{
    public GeefAanmeldingWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
