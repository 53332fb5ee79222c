using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Commands.WijzigDeskundige;

public sealed class WijzigDeskundigeHandler(IApplicationDbContext db) : InvoerHandler<WijzigDeskundigeCommand, Deskundigeinvoer, DeskundigeDto>
{
    protected override async ValueTask<Result<DeskundigeDto>> Handle(WijzigDeskundigeCommand command, Deskundigeinvoer invoer, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        var deskundige = await db.Deskundigen.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken).ConfigureAwait(false);
        if (deskundige is null)
        {
            return DeskundigeFouten.Onbekend;
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, deskundige.Versie, "deze deskundige") is { } versiefout)
        {
            return versiefout;
        }

        var gelezen = await db.LeesAsync(deskundige.Samenwerkingsverband, invoer, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var gegevens))
        {
            return Result<DeskundigeDto>.Mislukt(gelezen.Fouten);
        }

        if (await db.ControleerAccountVrijAsync(invoer.AccountId, deskundige.Id, cancellationToken).ConfigureAwait(false) is { } bezet)
        {
            return bezet;
        }

        var gewijzigd = deskundige.Wijzig(gegevens);
        if (!gewijzigd.IsGelukt)
        {
            return Result<DeskundigeDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(deskundige, cancellationToken).ConfigureAwait(false);
    }
}
