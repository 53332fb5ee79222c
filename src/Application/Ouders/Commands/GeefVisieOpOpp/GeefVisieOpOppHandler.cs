using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ouders.Commands.GeefVisieOpOpp;

public sealed class GeefVisieOpOppHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<GeefVisieOpOppCommand, IReadOnlyList<string?>, OuderOppDto>
{
    protected override async ValueTask<Result<OuderOppDto>> Handle(
        GeefVisieOpOppCommand command, IReadOnlyList<string?> invoer, CancellationToken cancellationToken)
    {
        var gevonden = await OuderOpps.ZoekAsync(db, command.LeerlingId, command.OppId, volgen: true, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var opp))
        {
            return Result<OuderOppDto>.Mislukt(gevonden.Fouten);
        }

        // As with the instemming: the level of this sign-in (the token's acr); a person's token without one counts as the lowest.
        var nu = klok.GetUtcNow();
        var visie = OppVisieVanOuders.Van(invoer, aanroeper.Betrouwbaarheidsniveau ?? Betrouwbaarheidsniveau.Laag, aanroeper.AlsActor(), nu);
        var uitkomst = visie.IsGelukt ? opp.GeefVisieVanOuders(visie.Waarde, nu) : Result<Ontwikkelingsperspectiefplan>.Mislukt(visie.Fouten);
        if (!uitkomst.IsGelukt)
        {
            return Result<OuderOppDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var scholen = await OuderOpps.SchoolnamenAsync(db, [opp], cancellationToken).ConfigureAwait(false);
        return OuderOppDto.Van(opp, scholen[opp.Id]);
    }
}
