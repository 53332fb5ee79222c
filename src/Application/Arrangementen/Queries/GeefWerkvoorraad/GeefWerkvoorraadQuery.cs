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

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

/// <summary>
/// "Mijn werkvoorraad": what needs the caller's action now, most urgent deadline first. Each line is for one role (the
/// one that must act, from the lifecycle table), so a person with two roles sees the lines of both, each labelled. A page
/// at a time (a medewerker of a large samenwerkingsverband has thousands of lines), with the number of lines on all pages;
/// every pupil on the page is audited.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefWerkvoorraadQuery(
    string? Cursor = null,
    [property: Range(1, Werkvoorraadpaginas.MaximalePageSize)] int? PageSize = null) : IQuery<Result<WerkvoorraadDto>>, IWerkvoorraadVraag
{
    /// <summary>A page of the arrangementen werkvoorraad (the last line's deadline, id, role and action).</summary>
    public static Tokensoort Cursorsoort => Tokensoort.WerkvoorraadCursor;
}

/// <param name="Actie">in-behandeling-nemen, besluiten, vraag-beantwoorden, starten, evalueren or beeindigen.</param>
/// <param name="Voor">The role that must act (swv-medewerker, school-medewerker or expert).</param>
/// <param name="Omschrijving">Why the line is there, in plain Dutch (e.g. "Evaluatie nodig: de laatste was op 3 maart 2026").</param>
/// <param name="Verlopen">The deadline has passed.</param>
public sealed record WerkvoorraadItemDto(
    Guid ArrangementId,
    Guid LeerlingId,
    string Leerling,
    string Vestiging,
    string Soort,
    string Status,
    string Actie,
    [property: CodeUit<Rol>] string Voor,
    string Omschrijving,
    DateOnly Deadline,
    bool Verlopen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => ArrangementId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}

/// <summary>Each line names a pupil, so each is recorded in the audit log against that pupil.</summary>
/// <param name="Totaal">How many lines the werkvoorraad has, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page (and in the export, which holds every line).</param>
public sealed record WerkvoorraadDto(IReadOnlyList<WerkvoorraadItemDto> Items, int Totaal, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Items;
}
