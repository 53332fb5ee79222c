using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Queries.OpenBeschermdeGegevens;

public sealed class OpenBeschermdeGegevensHandler(IApplicationDbContext db) : IQueryHandler<OpenBeschermdeGegevensQuery, Result<BeschermdeGegevensDto>>
{
    public async ValueTask<Result<BeschermdeGegevensDto>> Handle(OpenBeschermdeGegevensQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Reden?.Trim() is not { Length: >= OpenBeschermdeGegevensQuery.MinimaleLengteReden and <= OpenBeschermdeGegevensQuery.MaximaleLengteReden })
        {
            return Fout.Ongeldig(
                "reden-vereist",
                $"Geef in {OpenBeschermdeGegevensQuery.MinimaleLengteReden} tot {OpenBeschermdeGegevensQuery.MaximaleLengteReden} tekens aan waarom u de diagnoses wilt zien. De reden komt in het auditlog.",
                "reden");
        }

        var gevonden = await db.Dossierimports.AsNoTracking()
            .Where(d => d.Id == query.Id)
            .Select(d => new { d.LeerlingId, d.Beschermd })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return gevonden is null ? DossierFouten.Onbekend(query.Id) : BeschermdeGegevensDto.Van(query.Id, gevonden.LeerlingId, gevonden.Beschermd);
    }
}
