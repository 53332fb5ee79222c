using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigNetwerkbespreking;

public sealed class WijzigNetwerkbesprekingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijzigNetwerkbesprekingCommand, Besprekinggegevens, NetwerkbesprekingDto>
{
    protected override async ValueTask<Result<NetwerkbesprekingDto>> Handle(
        WijzigNetwerkbesprekingCommand command, Besprekinggegevens invoer, CancellationToken cancellationToken)
    {
        var bespreking = await db.Netwerkbesprekingen.FirstOrDefaultAsync(b => b.Id == command.BesprekingId, cancellationToken).ConfigureAwait(false);
        if (bespreking is null)
        {
            return CasuistiekFouten.OnbekendeBespreking(command.BesprekingId);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, bespreking.Versie, "Deze bespreking") is { } versiefout)
        {
            return versiefout;
        }

        var vestigingen = await db.VestigingenInNetwerkAsync(bespreking.Regio, bespreking.LokaalNetwerk, cancellationToken).ConfigureAwait(false);
        var context = await db.VoorVestigingenAsync(vestigingen, [bespreking.Regio, bespreking.LokaalNetwerk], klok, cancellationToken).ConfigureAwait(false);
        var gewijzigd = bespreking.Wijzig(invoer.Invoer, context, invoer.AnoniemBevestigd, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gewijzigd.IsGelukt)
        {
            return Result<NetwerkbesprekingDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var casussen = await db.CasussenVanAsync(c => c.BesprekingId == bespreking.Id, cancellationToken).ConfigureAwait(false);
        return NetwerkbesprekingDto.Van(bespreking, casussen);
    }
}
