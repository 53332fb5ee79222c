using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.PlanNetwerkbespreking;

public sealed class PlanNetwerkbesprekingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<PlanNetwerkbesprekingCommand, Besprekinggegevens, NetwerkbesprekingDto>
{
    protected override async ValueTask<Result<NetwerkbesprekingDto>> Handle(
        PlanNetwerkbesprekingCommand command, Besprekinggegevens invoer, CancellationToken cancellationToken)
    {
        // The tenant filter finds the caller's own samenwerkingsverband, with its indeling.
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var netwerk = swv.Regios.FirstOrDefault(r => string.Equals(r.Naam, invoer.Regio?.Trim(), StringComparison.OrdinalIgnoreCase))?
            .LokaleNetwerken.FirstOrDefault(n => string.Equals(n, invoer.LokaalNetwerk?.Trim(), StringComparison.OrdinalIgnoreCase));
        var vestigingen = netwerk is null ? [] : await db.VestigingenInNetwerkAsync(invoer.Regio!.Trim(), netwerk, cancellationToken).ConfigureAwait(false);
        var context = await db.VoorVestigingenAsync(
            vestigingen, [.. swv.Regios.Select(r => r.Naam), .. swv.Regios.SelectMany(r => r.LokaleNetwerken)], klok, cancellationToken).ConfigureAwait(false);
        var gepland = Netwerkbespreking.Plan(swv, invoer.Regio, invoer.LokaalNetwerk, invoer.Invoer, context, invoer.AnoniemBevestigd, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gepland.Lukt(out var bespreking))
        {
            return Result<NetwerkbesprekingDto>.Mislukt(gepland.Fouten);
        }

        db.Netwerkbesprekingen.Add(bespreking);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return NetwerkbesprekingDto.Van(bespreking, []);
    }
}
