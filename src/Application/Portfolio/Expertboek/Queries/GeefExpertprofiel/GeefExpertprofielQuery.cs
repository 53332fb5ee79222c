using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertprofiel;

/// <summary>One expert's entry in the expertboek, with the version a change sends in If-Match.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record GeefExpertprofielQuery(Guid ExpertId) : IQuery<Result<ExpertboekRegelDto>>;
