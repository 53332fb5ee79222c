using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

/// <summary>
/// SWV staff let an expert see one pupil, with a reason, until a date. Not the administrator: deciding who needs a
/// pupil's data is part of the work with that data, which the administrator does not do.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Aanmaken, BetrokkeneAudit.Soort, Doel = BetrokkeneAudit.Doel)]
public sealed record VoegBetrokkeneToeCommand(Guid LeerlingId, Guid? ExpertId, string? Reden, DateOnly? Tot) : ICommand<Result<BetrokkeneDto>>, IAuditBron
{
    public string? AuditResourceId => null;

    public Guid? AuditLeerlingId => LeerlingId;
}
