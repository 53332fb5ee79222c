using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Regios.Queries.GeefRegioportfolio;

/// <summary>
/// Each regio's portfolio: its lokale netwerken, the expertisegebieden it offers and the experts who carry them. Schools
/// see it too: it tells an IB'er what their lokaal netwerk can ask for. No pupil data.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefRegioportfolioQuery : IQuery<Result<RegioportfolioLijstDto>>;
