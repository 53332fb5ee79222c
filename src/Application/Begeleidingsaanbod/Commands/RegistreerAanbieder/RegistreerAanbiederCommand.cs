using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;

/// <summary>
/// An SWV administrator registers an onderwijsbegeleidingsaanbieder as RIO knows it, without aanbod yet; their
/// samenwerkingsverband becomes its owner. A register-beheerder registers a national entry (no owner).
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.RegisterBeheerder])]
[KanFalen(FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, AanbiederAudit.Soort, Doel = AanbiederAudit.Doel)]
public sealed record RegistreerAanbiederCommand(Result<Aanbiederregistratie> Invoer) : IInvoerCommand<Aanbiederregistratie, AanbiederDto>;
