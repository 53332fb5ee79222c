using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerdaagBeslistermijn;

public sealed class VerdaagBeslistermijnHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok) : ICommandHandler<VerdaagBeslistermijnCommand, Result<TlvDto>>
{
    public async ValueTask<Result<TlvDto>> Handle(VerdaagBeslistermijnCommand command, CancellationToken cancellationToken) =>
        await db.VoerUitAsync(aanroeper, command.TlvId, command.VerwachteVersie, t => t.Verdaag(command.Reden, aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
