using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;

public sealed class RichtSamenwerkingsverbandInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : ICommandHandler<RichtSamenwerkingsverbandInCommand, Result<SamenwerkingsverbandDto>>
{
    public async ValueTask<Result<SamenwerkingsverbandDto>> Handle(RichtSamenwerkingsverbandInCommand command, CancellationToken cancellationToken)
    {
        // Registering a samenwerkingsverband is the platform-beheerder's; its own beheerder sets it up afterwards.
        var swv = await db.Samenwerkingsverbanden.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return Fout.NietGevonden(
                "samenwerkingsverband-niet-geregistreerd",
                $"Samenwerkingsverband {aanroeper.Samenwerkingsverband} is nog niet geregistreerd. Dat doet de beheerder van het platform.");
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, swv.Versie, "het samenwerkingsverband") is { } versiefout)
        {
            return versiefout;
        }

        var indeling = Samenwerkingsverband.LeesIndeling((command.Regios ?? []).Select(r => (r?.Naam, (IReadOnlyList<string?>?)r?.LokaleNetwerken)).ToList());
        var naam = swv.Hernoem(command.Naam);
        var fouten = naam.Fouten.Concat(indeling.Fouten).ToList();
        if (!naam.Lukt(out var ingericht) || !indeling.Lukt(out var regios))
        {
            return Result<SamenwerkingsverbandDto>.Mislukt(fouten);
        }

        ingericht.DeelIn(regios);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SamenwerkingsverbandDto.Van(ingericht);
    }
}
