using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

public sealed class GeefWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefWerkvoorraadQuery, Result<WerkvoorraadDto>>
{
    public async ValueTask<Result<WerkvoorraadDto>> Handle(GeefWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => Werkvoorraad.LeesPaginaAsync(db, aanroeper, vandaag, na, aantal, cancellationToken),
            async (pagina, volgende) => new WerkvoorraadDto(
                await Werkvoorraad.RegelsAsync(db, pagina, vandaag, cancellationToken).ConfigureAwait(false), pagina.Totaal, volgende),
            cancellationToken).ConfigureAwait(false);
    }
}
