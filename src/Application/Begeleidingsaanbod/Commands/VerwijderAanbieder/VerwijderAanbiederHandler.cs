using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;

public sealed class VerwijderAanbiederHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, IOptions<AanbiederSyncOpties> opties)
    : InvoerHandler<VerwijderAanbiederCommand, ObaCode, bool>
{
    protected override async ValueTask<Result<bool>> Handle(VerwijderAanbiederCommand command, ObaCode invoer, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekVoorWijzigingAsync(aanroeper.Registerbeheer(), invoer, command.VerwachteVersie, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var aanbieder))
        {
            return Result<bool>.Mislukt(gevonden.Fouten);
        }

        var nu = klok.GetUtcNow();
        db.Onderwijsbegeleidingsaanbieders.Remove(aanbieder);
        db.VerwijderdeAanbieders.Add(VerwijderdeAanbieder.Voor(aanbieder, nu));

        // Tombstones past the retention window serve no valid token any more (the feed refuses those with 410).
        var grens = nu.AddDays(-opties.Value.BewaartermijnDagen - 1);
        await db.VerwijderdeAanbieders.Where(v => v.VerwijderdOp < grens).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
