using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Commands.VervangLogo;

/// <summary>
/// Sets or replaces the logo on the samenwerkingsverband's documents, at once. The body was read where the request
/// enters (at most <see cref="Domain.Beleid.Swvlogo.MaximumBytes"/>); the type is taken from the bytes, and must be the
/// one the sender declared, so a PNG sent as SVG (or the reverse) is refused rather than served as something else.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Wijzigen, LogoAudit.Soort, Doel = BeleidAudit.Doel)]
public sealed record VervangLogoCommand(Result<Logobestand> Invoer) : IInvoerCommand<Logobestand, LogoDto>;
