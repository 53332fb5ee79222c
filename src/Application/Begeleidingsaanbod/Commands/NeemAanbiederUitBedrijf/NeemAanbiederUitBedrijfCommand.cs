using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

/// <summary>Takes an aanbieder out of service after <see cref="LaatsteDag"/>: its aanbod ends then too.</summary>
// Which aanbieder a beheerder may change is the aggregate's rule (its owner), checked in the handler.
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record NeemAanbiederUitBedrijfCommand(string Code, long? VerwachteVersie, DateOnly? LaatsteDag)
    : ICommand<Result<AanbiederDto>>, IAuditBron
{
    public string? AuditResourceId => Code;
}
