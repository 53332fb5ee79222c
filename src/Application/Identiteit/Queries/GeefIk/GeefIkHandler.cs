using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

public sealed class GeefIkHandler(IHuidigeGebruiker gebruiker) : IQueryHandler<GeefIkQuery, IkDto>
{
    public ValueTask<IkDto> Handle(GeefIkQuery query, CancellationToken cancellationToken)
    {
        if (gebruiker.Soort == SoortAanroeper.Anoniem || gebruiker.Id is null)
        {
            // The endpoint requires authentication; reaching this without a caller is a wiring bug.
            throw new InvalidOperationException("GeefIk needs an authenticated caller.");
        }

        return ValueTask.FromResult(new IkDto
        {
            Soort = gebruiker.Soort == SoortAanroeper.Client ? "client" : "gebruiker",
            Id = gebruiker.Id,
            Naam = gebruiker.Naam ?? gebruiker.Id,
            Samenwerkingsverband = gebruiker.Samenwerkingsverband,
            Rollen = gebruiker.Rollen,
            Scopes = gebruiker.Scopes,
        });
    }
}
