using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.BeantwoordOppInstemming;

public sealed class BeantwoordOppInstemmingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BeantwoordOppInstemmingCommand, OuderInstemmingInvoer, OuderOppDto>
{
    protected override async ValueTask<Result<OuderOppDto>> Handle(
        BeantwoordOppInstemmingCommand command, OuderInstemmingInvoer invoer, CancellationToken cancellationToken)
    {
        var gevonden = await OuderOpps.ZoekAsync(db, command.LeerlingId, command.OppId, volgen: true, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var opp))
        {
            return Result<OuderOppDto>.Mislukt(gevonden.Fouten);
        }

        // The level is how this ouder signed in now (the token's acr); a person's token without one is treated as the lowest.
        var niveau = aanroeper.Betrouwbaarheidsniveau ?? Betrouwbaarheidsniveau.Laag;
        var uitkomst = opp.BeantwoordInstemming(invoer.Vingerafdruk, invoer.Gegeven, invoer.Reden, niveau, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!uitkomst.IsGelukt)
        {
            return Result<OuderOppDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var scholen = await OuderOpps.SchoolnamenAsync(db, [opp], cancellationToken).ConfigureAwait(false);
        return OuderOppDto.Van(opp, scholen[opp.Id]);
    }
}
