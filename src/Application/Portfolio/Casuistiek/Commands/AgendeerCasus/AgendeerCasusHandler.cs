using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.AgendeerCasus;

public sealed class AgendeerCasusHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<AgendeerCasusCommand, Guid, CasusDto>
{
    protected override async ValueTask<Result<CasusDto>> Handle(AgendeerCasusCommand command, Guid besprekingId, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.CasusId, command.VerwachteVersie, async casus =>
        {
            var bespreking = await db.Netwerkbesprekingen.AsNoTracking().FirstOrDefaultAsync(b => b.Id == besprekingId, cancellationToken).ConfigureAwait(false);
            return bespreking is null
                ? Result<Casus>.Mislukt(Fout.RegelGeschonden("bespreking-onbekend", "Er is geen netwerkbespreking met deze id.", "besprekingId"))
                : casus.Agendeer(bespreking, aanroeper.AlsActor(), klok.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
}
