using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
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
[Audit(AuditActie.Wijzigen, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record BiedBegeleidingAanCommand(
    string Code,
    long? VerwachteVersie,
    string? Expertise,
    string? Leerjaar,
    DateOnly? Begindatum,
    DateOnly? Einddatum,
    WerkgebiedInvoer? Werkgebied,
    int? Capaciteit) : ICommand<Result<AanbiederDto>>, IAuditBron
{
    public string? AuditResourceId => Code;
}
