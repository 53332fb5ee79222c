using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Export;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Gebruikers.Queries.ExporteerGebruikers;

public sealed class ExporteerGebruikersHandler(IApplicationDbContext db, IOptions<ExportOpties> opties)
    : IQueryHandler<ExporteerGebruikersQuery, Result<IReadOnlyList<GebruikerDto>>>
{
    public async ValueTask<Result<IReadOnlyList<GebruikerDto>>> Handle(ExporteerGebruikersQuery query, CancellationToken cancellationToken)
    {
        var gelezen = await db.Gebruikers.AsNoTracking().OrderBy(g => g.Naam)
            .LeesBegrensdAsync(opties.Value, cancellationToken).ConfigureAwait(false);
        return gelezen.Lukt(out var gebruikers)
            ? gebruikers.Select(GebruikerDto.Van).ToList()
            : Result<IReadOnlyList<GebruikerDto>>.Mislukt(gelezen.Fouten);
    }
}
