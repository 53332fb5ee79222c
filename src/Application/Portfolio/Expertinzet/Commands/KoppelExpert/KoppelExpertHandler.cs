using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.KoppelExpert;

public sealed class KoppelExpertHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<KoppelExpertCommand, Guid, ExpertinzetDto>
{
    protected override async ValueTask<Result<ExpertinzetDto>> Handle(KoppelExpertCommand command, Guid expertId, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.ExpertinzetId, command.VerwachteVersie, i => KoppelAsync(i, expertId, cancellationToken), cancellationToken)
            .ConfigureAwait(false);

    private async Task<Result<Domain.Portfolio.Expertinzet.Expertinzet>> KoppelAsync(Domain.Portfolio.Expertinzet.Expertinzet inzet, Guid expertId, CancellationToken ct)
    {
        // The lifecycle first: linking an inzet that already has an expert is a conflict whichever account is named.
        if (ExpertinzetLevenscyclus.Tabel.Weiger(inzet, ExpertinzetStap.Koppeling) is { } weigering)
        {
            return weigering;
        }

        // Accounts of the caller's own samenwerkingsverband only (tenant filter).
        var id = new GebruikerId(expertId);
        var expert = await db.Gebruikers.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct).ConfigureAwait(false);
        if (expert is null)
        {
            return Fout.RegelGeschonden("expert-onbekend", $"Er is geen account {expertId} in uw samenwerkingsverband.", "expertId");
        }

        if (inzet.KanNietGekoppeldWorden(expert) is { } fout)
        {
            return fout;
        }

        var nu = klok.GetUtcNow();
        var vandaag = NederlandseTijd.Vandaag(klok);
        var door = aanroeper.AlsActor();

        // An expert who already may see the pupil by another decision keeps that access; the inzet adds none and ends none.
        Guid? betrokkeneId = null;
        if (!await db.Betrokkenen.AnyAsync(b => b.LeerlingId == inzet.LeerlingId && b.ExpertId == expertId && b.BeeindigdOp == null && b.Tot >= vandaag, ct).ConfigureAwait(false))
        {
            var leerling = await db.Leerlingen.AsNoTracking().FirstAsync(l => l.Id == inzet.LeerlingId, ct).ConfigureAwait(false);
            var reden = $"Inzet van een expert ({ExpertisegebiedCodes.Lijst.LabelInZin(inzet.Expertisegebied)}); eindigt als de inzet wordt afgesloten.";
            var betrokkene = Betrokkene.VoegToe(leerling, expert, reden, vandaag.AddDays(Betrokkene.MaximaleDuurDagen), door, nu, vandaag);
            if (!betrokkene.Lukt(out var nieuw))
            {
                return Result<Domain.Portfolio.Expertinzet.Expertinzet>.Mislukt(betrokkene.Fouten);
            }

            db.Betrokkenen.Add(nieuw);
            betrokkeneId = nieuw.Id;
        }

        return inzet.Koppel(expert, betrokkeneId, door, nu);
    }
}
