using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;

/// <summary>
/// Sets the name and the indeling in regio's and lokale netwerken of the caller's own samenwerkingsverband, naming
/// the version it is based on. The platform-beheerder registers the samenwerkingsverband first; before that this is a
/// 404 (not found: nothing is created here any more).
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Wijzigen, "samenwerkingsverband", Doel = OrganisatieAudit.Doel)]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record RichtSamenwerkingsverbandInCommand(long? VerwachteVersie, string? Naam, IReadOnlyList<RegioDto?>? Regios)
    : ICommand<Result<SamenwerkingsverbandDto>>, Common.IVersieVoorwaarde;
