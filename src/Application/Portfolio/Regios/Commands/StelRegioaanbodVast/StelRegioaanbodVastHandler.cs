using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;

namespace PassendOnderwijs.Application.Portfolio.Regios.Commands.StelRegioaanbodVast;

public sealed class StelRegioaanbodVastHandler(IApplicationDbContext db)
    : InvoerHandler<StelRegioaanbodVastCommand, IReadOnlyList<Expertisegebied>, RegioportfolioDto>
{
    protected override async ValueTask<Result<RegioportfolioDto>> Handle(
        StelRegioaanbodVastCommand command, IReadOnlyList<Expertisegebied> invoer, CancellationToken cancellationToken)
    {
        // The tenant filters keep the SWV and its offers to the caller's own samenwerkingsverband.
        var aanbod = await db.Regioaanbod.FirstOrDefaultAsync(a => a.Regio == command.Regio, cancellationToken).ConfigureAwait(false);
        if (aanbod is null)
        {
            var swv = await db.Samenwerkingsverbanden.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var nieuw = swv is null
                ? Fout.NietGevonden("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{command.Regio}'.")
                : Regioaanbod.Stel(swv, command.Regio, invoer);
            if (!nieuw.Lukt(out var gesteld))
            {
                return Result<RegioportfolioDto>.Mislukt(nieuw.Fouten);
            }

            // A regio without an offer has version 0 (its ETag in the list): a change always names the version it saw.
            if (Versiecontrole.Controleer(command.VerwachteVersie, 0, "het aanbod van deze regio") is { } nieuwVersiefout)
            {
                return nieuwVersiefout;
            }

            db.Regioaanbod.Add(gesteld);
        }
        else if (Versiecontrole.Controleer(command.VerwachteVersie, aanbod.Versie, "het aanbod van deze regio") is { } versiefout)
        {
            return versiefout;
        }
        else
        {
            aanbod.Wijzig(invoer);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await db.LeesAsync(cancellationToken).ConfigureAwait(false)).Single(r => r.Regio == command.Regio);
    }
}
