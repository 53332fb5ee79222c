using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;

/// <summary>
/// Sets the name and the indeling in regio's and lokale netwerken of the caller's own samenwerkingsverband. The
/// first time creates it; after that the change names the version it is based on.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Wijzigen, "samenwerkingsverband", Doel = OrganisatieAudit.Doel)]
public sealed record RichtSamenwerkingsverbandInCommand(long? VerwachteVersie, string? Naam, IReadOnlyList<RegioDto?>? Regios)
    : ICommand<Result<SamenwerkingsverbandDto>>;
