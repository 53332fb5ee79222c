using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.RegistreerUren;

public sealed class RegistreerUrenHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<RegistreerUrenCommand, Result<ExpertinzetDto>>
{
    public async ValueTask<Result<ExpertinzetDto>> Handle(RegistreerUrenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var v = command.Verzoek;
        return await db.VoerUitAsync(aanroeper, command.ExpertinzetId, command.VerwachteVersie, i =>
        {
            // The lifecycle and the linked expert first (409), then every problem in the input at once (400).
            if (ExpertinzetLevenscyclus.Tabel.Weiger(i, ExpertinzetStap.Urenregistratie) is { } weigering)
            {
                return weigering;
            }

            var fouten = Domain.Portfolio.Expertinzet.Expertinzet.ControleerUren(v.Datum, v.Uren, v.Notitie, NederlandseTijd.Vandaag(klok)).ToList();
            var activiteit = UractiviteitCodes.Lijst.Lees(v.Activiteit, "activiteit", "activiteit");
            fouten.AddRange(activiteit.Fouten);
            if (fouten.Count > 0 && i.IsGekoppeldeExpert(aanroeper.AlsActor()))
            {
                return Result<Domain.Portfolio.Expertinzet.Expertinzet>.Mislukt(fouten);
            }

            return i.RegistreerUren(v.Datum ?? DateOnly.MinValue, v.Uren ?? 0m, activiteit.IsGelukt ? activiteit.Waarde : Uractiviteit.Anders, v.Notitie, aanroeper.AlsActor(), klok.GetUtcNow());
        }, cancellationToken).ConfigureAwait(false);
    }
}
