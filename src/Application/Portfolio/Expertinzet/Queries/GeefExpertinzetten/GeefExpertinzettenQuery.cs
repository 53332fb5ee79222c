using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetten;

/// <summary>
/// The inzetten the caller may see, newest first, with the hours used against the budget: the school those of its
/// vestigingen, the expert only their own ("mijn trajecten"), SWV staff all, with filters. At most
/// <see cref="Maximum"/>; every line names a pupil, so the read is audited against each.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Lezen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record GeefExpertinzettenQuery(
    [property: CodeUit<ExpertinzetStatus>] string? Status = null,
    [property: CodeUit<Expertisegebied>] string? Expertisegebied = null,
    Guid? ExpertId = null,
    string? Vestiging = null,
    Guid? LeerlingId = null) : IQuery<Result<ExpertinzettenDto>>
{
    public const int Maximum = 500;
}

/// <param name="Totaal">How many inzetten match, also beyond the ones listed.</param>
public sealed record ExpertinzettenDto(IReadOnlyList<ExpertinzetRegelDto> Inzetten, int Totaal) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Inzetten;
}

/// <summary>One inzet as the list shows it.</summary>
/// <param name="LeerlingNaam">Absent when the caller no longer sees the pupil (an expert after the inzet closed).</param>
public sealed record ExpertinzetRegelDto(
    Guid Id,
    Guid LeerlingId,
    string? LeerlingNaam,
    string Vestiging,
    [property: CodeUit<Expertisegebied>] string Expertisegebied,
    [property: CodeUit<ExpertinzetStatus>] string Status,
    Guid? ExpertId,
    string? ExpertNaam,
    decimal UrenGebruikt,
    decimal? UrenBudget,
    bool UrenBijnaOp,
    DateTimeOffset GestartOp) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
