using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Commands.VerwijderLogo;

/// <summary>Removes the logo; documents are made without one from then on. 404 when there is none.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Verwijderen, LogoAudit.Soort, Doel = BeleidAudit.Doel)]
public sealed record VerwijderLogoCommand : ICommand<Result<LogoDto>>;
