using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Application.Organisaties;

namespace PassendOnderwijs.Application.Deskundigen.Commands.RegistreerDeskundige;

public sealed class RegistreerDeskundigeHandler(IApplicationDbContext db)
    : InvoerHandler<RegistreerDeskundigeCommand, Deskundigeinvoer, DeskundigeDto>
{
    protected override async ValueTask<Result<DeskundigeDto>> Handle(
        RegistreerDeskundigeCommand command, Deskundigeinvoer invoer, CancellationToken cancellationToken)
    {
        // The tenant filter finds the caller's own samenwerkingsverband, once the platform has registered it.
        var swv = await db.Samenwerkingsverbanden.Select(s => s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var gelezen = await db.LeesAsync(swv, invoer, cancellationToken).ConfigureAwait(false);
        if (!gelezen.Lukt(out var gegevens))
        {
            return Result<DeskundigeDto>.Mislukt(gelezen.Fouten);
        }

        if (await db.ControleerAccountVrijAsync(invoer.AccountId, null, cancellationToken).ConfigureAwait(false) is { } bezet)
        {
            return bezet;
        }

        var geregistreerd = Deskundige.Registreer(swv, gegevens);
        if (!geregistreerd.Lukt(out var deskundige))
        {
            return Result<DeskundigeDto>.Mislukt(geregistreerd.Fouten);
        }

        db.Deskundigen.Add(deskundige);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(deskundige, cancellationToken).ConfigureAwait(false);
    }
}
