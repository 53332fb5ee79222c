using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldeDocumenten;

public sealed class GeefGedeeldeDocumentenHandler(IApplicationDbContext db) : IQueryHandler<GeefGedeeldeDocumentenQuery, Result<GedeeldeDocumentenDto>>
{
    public async ValueTask<Result<GedeeldeDocumentenDto>> Handle(GeefGedeeldeDocumentenQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        // The visibility filter gives an ouder only the documents the school shared; the condition says it here too.
        var documenten = await db.Documenten.AsNoTracking()
            .Where(d => d.LeerlingId == query.LeerlingId && d.GedeeldMetOudersOp != null)
            .OrderByDescending(d => d.GedeeldMetOudersOp).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new GedeeldeDocumentenDto([.. documenten.Select(d => new GedeeldDocumentDto(
            d.Id, d.Bestandsnaam, DocumentsoortCodes.Lijst.Code(d.Soort), d.Soort.Mediatype(), d.Grootte, d.GedeeldMetOudersOp!.Value))]);
    }
}
