using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingen;

/// <summary>
/// Keyset pages by id (UUID v7, so newest first is id descending); the context's filter keeps it to the caller's own.
/// A cursor says whether it was given for the unread list, so it cannot be used for the other.
/// </summary>
public sealed class GeefMeldingenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefMeldingenQuery, Result<MeldingLijstDto>>
{
    public async ValueTask<Result<MeldingLijstDto>> Handle(GeefMeldingenQuery query, CancellationToken cancellationToken)
    {
        var alleenOngelezen = query.AlleenOngelezen ?? false;
        Guid? na = null;
        if (query.Cursor is not null)
        {
            if (await tokens.LeesAsync<MeldingenCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } cursor
                || cursor.AlleenOngelezen != alleenOngelezen)
            {
                return SynctokenFouten.Cursor();
            }

            na = cursor.Na;
        }

        var meldingen = db.Meldingen.AsNoTracking();
        var selectie = alleenOngelezen ? meldingen.Where(m => m.GelezenOp == null) : meldingen;
        if (na is { } grens)
        {
            selectie = selectie.Where(m => m.Id.CompareTo(grens) < 0);
        }

        var grootte = query.PageSize ?? MeldingenCursor.StandaardPageSize;
        var gevonden = await selectie.OrderByDescending(m => m.Id).Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var ongelezen = await meldingen.CountAsync(m => m.GelezenOp == null, cancellationToken).ConfigureAwait(false);
        return new MeldingLijstDto(
            [.. pagina.Select(MeldingDto.Van)],
            ongelezen,
            gevonden.Count > grootte
                ? await tokens.MaakAsync(new MeldingenCursor(pagina[^1].Id, alleenOngelezen), cancellationToken).ConfigureAwait(false)
                : null);
    }
}
