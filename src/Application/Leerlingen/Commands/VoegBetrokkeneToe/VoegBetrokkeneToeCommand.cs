using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

/// <summary>
/// SWV staff let an expert see one pupil, with a reason, until a date. Not the administrator: deciding who needs a
/// pupil's data is part of the work with that data, which the administrator does not do.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, BetrokkeneAudit.Soort, Doel = BetrokkeneAudit.Doel)]
public sealed record VoegBetrokkeneToeCommand(Guid LeerlingId, Result<Betrokkenheid> Invoer) : IInvoerCommand<Betrokkenheid, BetrokkeneDto>, IAuditBron
{
    public string? AuditResourceId => null;

    public Guid? AuditLeerlingId => LeerlingId;
}
