using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform.Commands.RegistreerSamenwerkingsverband;

public sealed class RegistreerSamenwerkingsverbandHandler(IApplicationDbContext db)
    : InvoerHandler<RegistreerSamenwerkingsverbandCommand, NieuwSamenwerkingsverband, TenantDto>
{
    protected override async ValueTask<Result<TenantDto>> Handle(
        RegistreerSamenwerkingsverbandCommand command, NieuwSamenwerkingsverband invoer, CancellationToken cancellationToken)
    {
        var geregistreerd = Samenwerkingsverband.Registreer(invoer.Code.Waarde, invoer.Naam, invoer.Sector);
        if (!geregistreerd.Lukt(out var swv))
        {
            return Result<TenantDto>.Mislukt(geregistreerd.Fouten);
        }

        // The platform stands above the tenants: it looks across all of them, as it says here.
        var code = swv.Id;
        if (await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == code, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("samenwerkingsverband-bestaat", $"Er is al een samenwerkingsverband met code {code}.");
        }

        db.Samenwerkingsverbanden.Add(swv);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TenantDto.Van(swv, TenantCijfers.Geen);
    }
}
