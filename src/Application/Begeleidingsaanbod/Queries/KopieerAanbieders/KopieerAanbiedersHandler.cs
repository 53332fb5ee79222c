using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.KopieerAanbieders;

public sealed class KopieerAanbiedersHandler(
    ILeesDbContext db, TimeProvider klok, ISynctokens tokens, IHuidigeGebruiker aanroeper, IOptions<AanbiederSyncOpties> opties)
    : IQueryHandler<KopieerAanbiedersQuery, Result<Hervalidatie<AanbiederKopie>>>
{
    public async ValueTask<Result<Hervalidatie<AanbiederKopie>>> Handle(KopieerAanbiedersQuery query, CancellationToken cancellationToken)
    {
        var gevraagd = await query.SelectieAsync(db, cancellationToken).ConfigureAwait(false);
        if (!gevraagd.Lukt(out var selectie))
        {
            return Result<Hervalidatie<AanbiederKopie>>.Mislukt(gevraagd.Fouten);
        }

        // Read before the first batch, as the paged list reads it before its first page: a change committed while
        // the copy streams gets a higher number and reaches the LAS through the feed.
        var hoogste = await db.HoogsteAsync(cancellationToken).ConfigureAwait(false);
        var volgorde = query.Volgorde();
        var beheer = aanroeper.Registerbeheer();
        var vandaag = NederlandseTijd.Vandaag(klok);
        var versie = AanbiederInhoudsversie.Van(hoogste, vandaag, beheer, query, [.. selectie.Delen(), volgorde]);
        if (query.IsBekend(versie))
        {
            return new Hervalidatie<AanbiederKopie>(versie, null);
        }

        var token = selectie.IsVolgbaar
            ? await tokens.MaakAsync(new WijzigingenToken(hoogste, vandaag, selectie), cancellationToken).ConfigureAwait(false)
            : null;
        return new Hervalidatie<AanbiederKopie>(versie, new AanbiederKopie(LeesAsync(selectie, volgorde, beheer, CancellationToken.None), token));
    }

    /// <summary>Keyset batches in the list's order: each read continues after the last aanbieder of the one before.</summary>
    private async IAsyncEnumerable<AanbiederDto> LeesAsync(
        AanbiederSelectie selectie, int volgorde, Registerbeheer beheer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batchgrootte = Math.Max(1, opties.Value.KopieBatchgrootte);
        AanbiederCursor? na = null;
        while (true)
        {
            var aanbieders = db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Selecteer(selectie);
            if (na is not null)
            {
                aanbieders = aanbieders.Na(volgorde, na);
            }

            var batch = await aanbieders.Orden(volgorde).Take(batchgrootte)
                .LeesLijstrijenAsync(db.Onderwijsbegeleidingsaanbieders.AsNoTracking(), cancellationToken).ConfigureAwait(false);
            foreach (var aanbieder in batch)
            {
                yield return AanbiederDto.Van(aanbieder, beheer);
            }

            if (batch.Count < batchgrootte)
            {
                yield break;
            }

            na = new AanbiederCursor(batch[^1].Id, 0, volgorde, batch[^1].Sleutel(volgorde));
        }
    }
}
