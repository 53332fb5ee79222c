using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;

public sealed class VerwijderAanbiederHandler(IApplicationDbContext db, TimeProvider klok, IOptions<AanbiederSyncOpties> opties)
    : ICommandHandler<VerwijderAanbiederCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(VerwijderAanbiederCommand command, CancellationToken cancellationToken)
    {
        var code = ObaCode.Parse(command.Code).Waarde;
        var aanbieder = await db.Onderwijsbegeleidingsaanbieders.FirstOrDefaultAsync(o => o.Code == code, cancellationToken).ConfigureAwait(false);
        if (aanbieder is null)
        {
            return AanbiederFouten.Onbekend(command.Code);
        }

        if (AanbiederFouten.Versiecontrole(command.VerwachteVersie, aanbieder) is { } versiefout)
        {
            return versiefout;
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
