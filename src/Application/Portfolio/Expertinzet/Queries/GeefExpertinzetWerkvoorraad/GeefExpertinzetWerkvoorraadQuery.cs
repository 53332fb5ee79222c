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
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetWerkvoorraad;

/// <summary>
/// What waits for the caller on expert inzetten, most urgent deadline first: the lifecycle table's lines (the regionaal
/// procesbegeleider links an expert; the linked expert takes the cycle to its next phase, shares the summary and closes;
/// the school lays down the plan van aanpak), each due by the target of the inzet's phase, and the school's open
/// tevredenheidsonderzoeken (<c>tevredenheid-invullen</c>). Each line is for one role. A page at a time, like every
/// werkvoorraad; every pupil on the page is audited (an onderzoek names none).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.Expert], Functies = [Functie.RegionaalProcesbegeleider])]
[Audit(AuditActie.Lezen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record GeefExpertinzetWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<ExpertinzetWerkvoorraadDto>>, IWerkvoorraadVraag
{
    /// <summary>A page of the expert inzet werkvoorraad (the last line's deadline, inzet or onderzoek, role and action).</summary>
    public static Tokensoort Cursorsoort => Tokensoort.ExpertinzetWerkvoorraadCursor;
}

/// <param name="ExpertinzetId">The inzet the line is about; on tevredenheid-invullen the inzet the onderzoek follows.</param>
/// <param name="TevredenheidsonderzoekId">Only on tevredenheid-invullen: the onderzoek the school answers.</param>
/// <param name="LeerlingId">The pupil; absent on tevredenheid-invullen (an onderzoek never names the pupil).</param>
/// <param name="LeerlingNaam">The pupil's name; absent on tevredenheid-invullen.</param>
/// <param name="Status">The inzet's phase; absent on tevredenheid-invullen.</param>
/// <param name="ExpertNaam">The linked expert (on tevredenheid-invullen the one the onderzoek is about); absent while the inzet waits for one.</param>
/// <param name="Actie">expert-koppelen, volgende-fase, samenvatting-delen, plan-vastleggen, afsluiten or tevredenheid-invullen.</param>
/// <param name="Voor">The role that must act.</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch.</param>
/// <param name="Deadline">The target of the inzet's phase, or the day the onderzoek should be answered.</param>
/// <param name="Verlopen">The deadline has passed.</param>
public sealed record ExpertinzetWerkvoorraadItemDto(
    Guid ExpertinzetId,
    Guid? TevredenheidsonderzoekId,
    Guid? LeerlingId,
    string? LeerlingNaam,
    string Vestiging,
    [property: CodeUit<Expertisegebied>] string Expertisegebied,
    [property: CodeUit<ExpertinzetStatus>] string? Status,
    string? ExpertNaam,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => ExpertinzetId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}

/// <summary>Each line about an inzet names a pupil, so each is recorded in the audit log against that pupil.</summary>
/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record ExpertinzetWerkvoorraadDto(IReadOnlyList<ExpertinzetWerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    // An onderzoek is about the expert's work and names no pupil: it is not pupil data, like its own reads.
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items.Where(i => i.LeerlingId is not null);
}
