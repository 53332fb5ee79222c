using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.RegistreerTerugkeer;

public sealed class RegistreerTerugkeerHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<RegistreerTerugkeerCommand, Result<ThuiszitterDto>>
{
    public async ValueTask<Result<ThuiszitterDto>> Handle(RegistreerTerugkeerCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var v = command.Verzoek;
        return await db.VoerUitAsync(aanroeper, klok, command.ThuiszitterId, command.VerwachteVersie, async t =>
        {
            // The lifecycle first (409), then the school named (422 when it is not one of the samenwerkingsverband).
            if (ThuiszitterLevenscyclus.Tabel.Weiger(t, ThuiszitterStap.Terugkeer) is { } weigering)
            {
                return weigering;
            }

            School? school = null;
            if (!string.IsNullOrWhiteSpace(v.Vestiging))
            {
                var code = VestigingCode.Parse(v.Vestiging, "vestiging");
                if (!code.Lukt(out var vestiging))
                {
                    return Result<Thuiszitter>.Mislukt(code.Fouten);
                }

                school = await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
                if (school is null)
                {
                    return Fout.RegelGeschonden("school-onbekend", "Kies een school van het samenwerkingsverband, of beschrijf een andere bestemming.", "vestiging");
                }
            }

            return t.RegistreerTerugkeer(v.Datum, school, v.AndereBestemming, v.Toelichting, aanroeper.AlsActor(), klok.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
    }
}
