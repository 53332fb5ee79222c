using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingvoorkeuren;

public sealed class GeefMeldingvoorkeurenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefMeldingvoorkeurenQuery, Result<MeldingvoorkeurenDto>>
{
    public async ValueTask<Result<MeldingvoorkeurenDto>> Handle(GeefMeldingvoorkeurenQuery query, CancellationToken cancellationToken) =>
        MeldingvoorkeurenDto.Van(await db.MeldingvoorkeurenVanAsync(aanroeper, cancellationToken).ConfigureAwait(false));
}

internal static class MeldingvoorkeurenOpslag
{
    /// <summary>The caller's stored choices, or the defaults (version 0, not yet added) when they never changed one.</summary>
    public static async Task<Meldingvoorkeuren> MeldingvoorkeurenVanAsync(this IApplicationDbContext db, IHuidigeGebruiker aanroeper, CancellationToken ct)
    {
        var opgeslagen = await db.Meldingvoorkeuren.SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return opgeslagen ?? Meldingvoorkeuren.Standaard(Guid.Parse(aanroeper.Id!), SwvCode.Parse(aanroeper.Samenwerkingsverband).Waarde);
    }
}
