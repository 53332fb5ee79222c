using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementTellingen;

/// <summary>
/// How many arrangementen of the caller's samenwerkingsverband are in each status. Counts only, no pupil data: so
/// also for the swv-beheerder, and not audited (the audit log records use of pupil data).
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SwvBeheerder])]
public sealed record GeefArrangementTellingenQuery : IQuery<Result<ArrangementTellingenDto>>;

/// <param name="Tellingen">Every status of the lifecycle, in lifecycle order, also those with 0.</param>
/// <param name="BijgewerktOp">When the counts were last brought up to date; absent when no arrangement was counted yet.</param>
public sealed record ArrangementTellingenDto(IReadOnlyList<ArrangementTellingDto> Tellingen, DateTimeOffset? BijgewerktOp);

/// <param name="Status">aangevraagd, in-behandeling, toegekend, afgewezen, actief or beeindigd.</param>
public sealed record ArrangementTellingDto(string Status, int Aantal);
