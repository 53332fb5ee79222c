using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Commands.VervangLogo;

public sealed class VervangLogoHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VervangLogoCommand, Logobestand, LogoDto>
{
    protected override async ValueTask<Result<LogoDto>> Handle(VervangLogoCommand command, Logobestand invoer, CancellationToken cancellationToken)
    {
        var herkend = Swvlogo.Herken(invoer.Inhoud);
        if (herkend.Lukt(out var soort) && !soort.Equals(invoer.Mediatype, StringComparison.OrdinalIgnoreCase))
        {
            return Fout.Ongeldig(
                "logo-type-klopt-niet",
                $"Het bestand is een {Naam(soort)}, maar is gestuurd als {invoer.Mediatype}; stuur Content-Type {soort}.",
                "Content-Type");
        }

        var logo = await db.Swvlogos.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (logo is null)
        {
            logo = Swvlogo.Nieuw(aanroeper.EigenSamenwerkingsverband());
            db.Swvlogos.Add(logo);
        }

        var vervangen = logo.Vervang(invoer.Inhoud, klok.GetUtcNow());
        if (!vervangen.IsGelukt)
        {
            return Result<LogoDto>.Mislukt(vervangen.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LogoDto.Van(logo);
    }

    private static string Naam(string mediatype) => mediatype == Swvlogo.Png ? "PNG" : "SVG";
}
