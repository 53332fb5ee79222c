using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Commands.LegBeleidVast;

/// <summary>
/// Records a new version of the policy settings, in force from its ingangsdatum (today or later). Based on the
/// version the beheerder saw (If-Match; "0" while nothing was set), so two beheerders cannot overwrite each other.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Aanmaken, BeleidAudit.Soort, Doel = BeleidAudit.Doel)]
public sealed record LegBeleidVastCommand(long? VerwachteVersie, Result<Beleidsvoorstel> Invoer)
    : IInvoerCommand<Beleidsvoorstel, VastgelegdeBeleidsversieDto>, IVersieVoorwaarde;

/// <summary>The values of the new version and the day it takes effect.</summary>
public sealed record Beleidsvoorstel(DateOnly Ingangsdatum, Beleidswaarden Waarden);
