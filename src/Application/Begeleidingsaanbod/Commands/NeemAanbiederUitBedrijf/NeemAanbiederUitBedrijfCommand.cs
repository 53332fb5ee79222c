using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

/// <summary>
/// Takes an aanbieder out of service after its last day (read by <see cref="LaatsteDagVerzoek.LeesUitbedrijfname"/>):
/// its aanbod ends then too.
/// </summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record NeemAanbiederUitBedrijfCommand(Result<Beeindiging> Invoer, long? VerwachteVersie)
    : IInvoerCommand<Beeindiging, AanbiederDto>, IVersieVoorwaarde;
