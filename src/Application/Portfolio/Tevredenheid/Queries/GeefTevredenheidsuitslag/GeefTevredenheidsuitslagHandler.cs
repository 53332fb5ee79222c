using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsuitslag;

public sealed class GeefTevredenheidsuitslagHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefTevredenheidsuitslagQuery, Result<TevredenheidsuitslagDto>>
{
    public async ValueTask<Result<TevredenheidsuitslagDto>> Handle(GeefTevredenheidsuitslagQuery query, CancellationToken cancellationToken)
    {
        var gelezen = query.Schooljaar is null
            ? Schooljaar.Op(NederlandseDatum.Van(klok.GetUtcNow()))
            : Schooljaar.Parse(query.Schooljaar, "schooljaar");
        if (!gelezen.Lukt(out var schooljaar))
        {
            return Result<TevredenheidsuitslagDto>.Mislukt(gelezen.Fouten);
        }

        var van = new DateTimeOffset(schooljaar.Begindatum.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var tot = new DateTimeOffset(schooljaar.Einddatum.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // One school year of one samenwerkingsverband is at most a few hundred onderzoeken: aggregated here, by the domain's rule.
        var onderzoeken = await db.Tevredenheidsonderzoeken
            .Where(o => o.VerstuurdOp >= van && o.VerstuurdOp < tot)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var alles = TevredenheidLezen.LeestAntwoorden(aanroeper);
        var drempel = await db.KleineAantallenDrempelOpAsync(NederlandseTijd.Vandaag(klok), cancellationToken).ConfigureAwait(false);

        var namen = onderzoeken.GroupBy(o => o.ExpertId).ToDictionary(g => g.Key, g => g.MaxBy(o => o.VerstuurdOp)!.ExpertNaam);
        return new TevredenheidsuitslagDto(
            schooljaar.ToString(),
            [.. Enum.GetValues<Tevredenheidsvraag>().Select(TevredenheidsvraagCodes.Lijst.Code)],
            onderzoeken.Count,
            onderzoeken.Count(o => o.IsBeantwoord),
            TevredenheidLezen.Groepen(onderzoeken, o => o.ExpertId, alles, drempel, id => (id.ToString(), namen[id])),
            TevredenheidLezen.Groepen(onderzoeken, o => o.Expertisegebied, alles, drempel, g => (ExpertisegebiedCodes.Lijst.Code(g), ExpertisegebiedCodes.Lijst.Label(g))),
            TevredenheidLezen.Groepen(onderzoeken, o => o.Regio, alles, drempel, r => (r, r)));
    }
}
