using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BrengAdviesUit;

public sealed class BrengAdviesUitHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BrengAdviesUitCommand, Adviesinhoud, TlvDto>
{
    protected override async ValueTask<Result<TlvDto>> Handle(BrengAdviesUitCommand command, Adviesinhoud invoer, CancellationToken cancellationToken)
    {
        // An id that is no account (an external provider's subject) is asked to advise on nothing.
        var account = Guid.TryParse(aanroeper.Id, out var id) ? id : Guid.Empty;
        return await db.VoerUitAsync(
            aanroeper, command.TlvId, command.VerwachteVersie, t => t.BrengAdviesUit(account, invoer, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
    }
}
