using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertRichtlijn;

/// <summary>What an expert does not do: the guidance a school reads before it starts an inzet. No pupil data.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefExpertRichtlijnQuery : IQuery<Result<ExpertRichtlijnDto>>;

public sealed class GeefExpertRichtlijnHandler : IQueryHandler<GeefExpertRichtlijnQuery, Result<ExpertRichtlijnDto>>
{
    public ValueTask<Result<ExpertRichtlijnDto>> Handle(GeefExpertRichtlijnQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Result<ExpertRichtlijnDto>.Gelukt(ExpertRichtlijnDto.Huidig));
}
