using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

/// <summary>
/// A school (or the SWV on its behalf) requests an arrangement for a pupil it may see. With an
/// <see cref="IdempotencyKey"/>, a retry of the same request returns the arrangement the first one created.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[Audit(AuditActie.Aanmaken, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record VraagArrangementAanCommand(
    Guid? LeerlingId,
    string? Soort,
    IvoVeldenDto? Inhoud,
    IReadOnlyList<string?>? Doelen,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    decimal? Uren,
    decimal? Budget,
    UitvoerderDto? Uitvoerder,
    string? Bekostiger,
    string? Toelichting,
    string? IdempotencyKey = null) : ICommand<Result<ArrangementDto>>;
