using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Commands.RegistreerDeskundige;

/// <summary>Adds a deskundige to the SWV's register, so they can be asked for an advice on a toelaatbaarheidsverklaring.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, DeskundigeAudit.Soort, Doel = DeskundigeAudit.Doel)]
public sealed record RegistreerDeskundigeCommand(Result<Deskundigeinvoer> Invoer) : IInvoerCommand<Deskundigeinvoer, DeskundigeDto>;
