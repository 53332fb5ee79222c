using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.BeeindigThuiszitter;

public sealed class BeeindigThuiszitterHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<BeeindigThuiszitterCommand, Result<ThuiszitterDto>>
{
    public async ValueTask<Result<ThuiszitterDto>> Handle(BeeindigThuiszitterCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var v = command.Verzoek;
        return await db.VoerUitAsync(aanroeper, klok, command.ThuiszitterId, command.VerwachteVersie, t =>
        {
            if (ThuiszitterLevenscyclus.Tabel.Weiger(t, ThuiszitterStap.Beeindiging) is { } weigering)
            {
                return Task.FromResult<Result<Thuiszitter>>(weigering);
            }

            // Read after the lifecycle check, so an entry already closed is a 409 whatever reason is sent.
            var reden = v.LeesReden();
            return Task.FromResult(reden.IsGelukt
                ? t.Beeindig(v.Datum, reden.Waarde, v.Toelichting, aanroeper.AlsActor(), klok.GetUtcNow())
                : Result<Thuiszitter>.Mislukt(reden.Fouten));
        }, cancellationToken).ConfigureAwait(false);
    }
}
