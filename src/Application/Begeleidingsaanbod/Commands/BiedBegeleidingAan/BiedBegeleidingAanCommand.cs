using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;

/// <summary>
/// Adds an expertise to what an aanbieder offers, for a leerjaar or between dates, in a werkgebied, optionally with
/// a capacity. The licence must allow the expertise, and the period must fit the aanbieder's service period.
/// </summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record BiedBegeleidingAanCommand(Result<NieuwAanbod> Invoer, long? VerwachteVersie)
    : IInvoerCommand<NieuwAanbod, AanbiederDto>, IVersieVoorwaarde;
