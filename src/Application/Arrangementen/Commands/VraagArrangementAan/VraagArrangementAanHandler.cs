using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Idempotentie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

public sealed class VraagArrangementAanHandler(IApplicationDbContext db, IBeurten beurten, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<VraagArrangementAanCommand, ArrangementAanvraag, ArrangementDto>
{
    protected override async ValueTask<Result<ArrangementDto>> Handle(
        VraagArrangementAanCommand command, ArrangementAanvraag invoer, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var vingerafdruk = Idempotentie.Vingerafdruk(invoer);
        if (command.IdempotencyKey is { } sleutel)
        {
            // A repeat sent while the first is still being handled waits for it here, and then finds its key and replays.
            await beurten.WachtOpBeurtAsync(Beurtsoort.Idempotentie, $"{aanroeper.Id}\n{sleutel}", cancellationToken).ConfigureAwait(false);
            var eerder = await db.Idempotentiesleutels.AsNoTracking()
                .FirstOrDefaultAsync(i => i.Aanroeper == aanroeper.Id && i.Sleutel == sleutel, cancellationToken).ConfigureAwait(false);
            if (eerder is not null)
            {
                return await HerhaalAsync(eerder, vingerafdruk, vandaag, cancellationToken).ConfigureAwait(false);
            }
        }

        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == invoer.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(invoer.LeerlingId);
        }

        var aanvraag = invoer.Aanvraag;
        if (invoer.Aanbieder is { } code && !await BestaatAanbiederAsync(code, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Ongeldig("aanbieder-onbekend", $"Er is geen onderwijsbegeleidingsaanbieder met code {code} in het register.", "uitvoerder.obaCode");
        }

        if (aanvraag.Uitvoerder.ExpertId is { } expertId && !await IsActieveExpertAsync(expertId, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Ongeldig("expert-onbekend", $"Er is geen actieve expert met account {expertId} in uw samenwerkingsverband.", "uitvoerder.expertId");
        }

        // The behandeltermijn in force on the day of the request fixes the deadline; a later change does not move it.
        var termijnen = await db.ArrangementtermijnenOpAsync(vandaag, cancellationToken).ConfigureAwait(false);
        var nu = klok.GetUtcNow();
        var aangevraagd = Arrangement.VraagAan(leerling, aanvraag, termijnen, aanroeper.AlsActor(), nu);
        if (!aangevraagd.Lukt(out var arrangement))
        {
            return Result<ArrangementDto>.Mislukt(aangevraagd.Fouten);
        }

        db.Arrangementen.Add(arrangement);
        if (command.IdempotencyKey is { } nieuweSleutel)
        {
            db.Idempotentiesleutels.Add(new Idempotentiesleutel(aanroeper.Id!, nieuweSleutel, vingerafdruk, arrangement.Id, nu));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ArrangementDto.Van(arrangement, leerling, vandaag, aanroeper);
    }

    private async Task<Result<ArrangementDto>> HerhaalAsync(Idempotentiesleutel eerder, string vingerafdruk, DateOnly vandaag, CancellationToken ct)
    {
        if (eerder.Vingerafdruk != vingerafdruk)
        {
            return Fout.Ongeldig(
                "idempotency-key-hergebruikt",
                "Deze Idempotency-Key hoort bij een andere aanvraag. Gebruik voor elke nieuwe aanvraag een nieuwe sleutel.",
                "Idempotency-Key");
        }

        var arrangement = await db.Arrangementen.AsNoTracking().FirstOrDefaultAsync(a => a.Id == eerder.ResourceId, ct).ConfigureAwait(false);
        if (arrangement is null)
        {
            return ArrangementFouten.Onbekend(eerder.ResourceId);
        }

        var leerling = await db.LeerlingVanAsync(arrangement, ct).ConfigureAwait(false);
        return ArrangementDto.Van(arrangement, leerling, vandaag, aanroeper);
    }

    /// <summary>The SWV's own accounts only (tenant filter): an expert of another SWV does not exist here.</summary>
    private async Task<bool> IsActieveExpertAsync(Guid id, CancellationToken ct)
    {
        var gebruikerId = new GebruikerId(id);
        return await db.Gebruikers.AnyAsync(g => g.Id == gebruikerId && g.Rol == Rol.Expert && g.Actief, ct).ConfigureAwait(false);
    }

    private async Task<bool> BestaatAanbiederAsync(ObaCode code, CancellationToken ct) =>
        await db.Onderwijsbegeleidingsaanbieders.AnyAsync(o => o.Code == code, ct).ConfigureAwait(false);
}
