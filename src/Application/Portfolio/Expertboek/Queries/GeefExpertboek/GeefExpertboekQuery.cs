using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertboek;

/// <summary>
/// The expertboek: every expert of the samenwerkingsverband with their expertisegebieden, regio, fte and days,
/// optionally only those who can be deployed in one regio or on one gebied. No pupil data.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefExpertboekQuery(string? Regio, string? Expertisegebied) : IQuery<Result<ExpertboekDto>>;
