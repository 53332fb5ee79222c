using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsinstellingen;

/// <summary>The samenwerkingsverband's policy settings in force on a day (today when not given): no pupil data, not audited.</summary>
/// <param name="Op">The day, e.g. 2027-03-14; today when left out.</param>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
public sealed record GeefBeleidsinstellingenQuery(DateOnly? Op) : IQuery<Result<BeleidsinstellingenDto>>;
