using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;

/// <summary>
/// Sets the name and the indeling in regio's and lokale netwerken of the caller's own samenwerkingsverband. The
/// first time creates it; after that the change names the version it is based on. Not an
/// <see cref="Common.IVersieVoorwaarde"/>: the first time has no version, so If-Match is not always required; the
/// failures of a change without it (428) or with a stale one (412) are declared as such.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.VersieVereist, FoutSoort.VersieVerouderd)]
[Audit(AuditActie.Wijzigen, "samenwerkingsverband", Doel = OrganisatieAudit.Doel)]
public sealed record RichtSamenwerkingsverbandInCommand(long? VerwachteVersie, string? Naam, IReadOnlyList<RegioDto?>? Regios)
    : ICommand<Result<SamenwerkingsverbandDto>>;
