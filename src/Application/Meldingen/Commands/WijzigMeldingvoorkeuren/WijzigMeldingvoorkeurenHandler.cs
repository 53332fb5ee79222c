using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingvoorkeuren;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Meldingen;

namespace PassendOnderwijs.Application.Meldingen.Commands.WijzigMeldingvoorkeuren;

public sealed class WijzigMeldingvoorkeurenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<WijzigMeldingvoorkeurenCommand, IReadOnlyList<Meldingvoorkeur>, MeldingvoorkeurenDto>
{
    protected override async ValueTask<Result<MeldingvoorkeurenDto>> Handle(
        WijzigMeldingvoorkeurenCommand command, IReadOnlyList<Meldingvoorkeur> invoer, CancellationToken cancellationToken)
    {
        var voorkeuren = await db.MeldingvoorkeurenVanAsync(aanroeper, cancellationToken).ConfigureAwait(false);
        if (Versiecontrole.Controleer(command.VerwachteVersie, voorkeuren.Versie, "Uw voorkeuren") is { } versiefout)
        {
            return versiefout;
        }

        if (voorkeuren.Versie == 0)
        {
            db.Meldingvoorkeuren.Add(voorkeuren);
        }

        voorkeuren.Wijzig(invoer, klok.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return MeldingvoorkeurenDto.Van(voorkeuren);
    }
}
