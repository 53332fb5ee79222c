using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

public sealed class GeefIkHandler(IHuidigeGebruiker gebruiker) : IQueryHandler<GeefIkQuery, Result<IkDto>>
{
    public ValueTask<Result<IkDto>> Handle(GeefIkQuery query, CancellationToken cancellationToken)
    {
        if (gebruiker.Soort == SoortAanroeper.Anoniem || gebruiker.Id is null)
        {
            // The authorization behaviour lets only authenticated callers through; this is a wiring bug.
            throw new InvalidOperationException("GeefIk needs an authenticated caller.");
        }

        return ValueTask.FromResult<Result<IkDto>>(new IkDto
        {
            Soort = gebruiker.Soort == SoortAanroeper.Client ? "client" : "gebruiker",
            Id = gebruiker.Id,
            Naam = gebruiker.Naam ?? gebruiker.Id,
            Samenwerkingsverband = gebruiker.Samenwerkingsverband,
            Rollen = gebruiker.Rollen,
            Vestigingen = gebruiker.Vestigingen,
            Scopes = gebruiker.Scopes,
        });
    }
}
