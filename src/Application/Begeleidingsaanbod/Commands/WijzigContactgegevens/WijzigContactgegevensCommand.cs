using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;

/// <summary>Replaces an aanbieder's communicatiecontexten as a whole.</summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record WijzigContactgegevensCommand(Result<Contactgegevens> Invoer, long? VerwachteVersie)
    : IInvoerCommand<Contactgegevens, AanbiederDto>, IVersieVoorwaarde;
