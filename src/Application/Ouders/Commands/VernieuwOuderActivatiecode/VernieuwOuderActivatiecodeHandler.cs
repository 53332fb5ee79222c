using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.VernieuwOuderActivatiecode;

public sealed class VernieuwOuderActivatiecodeHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<VernieuwOuderActivatiecodeCommand, Result<OuderuitnodigingDto>>
{
    public async ValueTask<Result<OuderuitnodigingDto>> Handle(VernieuwOuderActivatiecodeCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var gevonden = await OuderOpslag.ActieveAsync(db, command.LeerlingId, command.OuderId, volgen: true, cancellationToken).ConfigureAwait(false);
        if (gevonden is not [var (link, ouder)])
        {
            return OuderFouten.Onbekend(command.OuderId);
        }

        if (ouder.Status != Accountstatus.WachtOpActivering)
        {
            return Fout.Conflict(
                "ouder-al-actief",
                "Deze ouder gebruikt het account al, of het is gedeactiveerd. De school maakt dan geen nieuwe code: daarmee zou zij een nieuw wachtwoord kunnen kiezen.");
        }

        var vernieuwd = await db.VernieuwCodeAsync(ouder, klok, cancellationToken).ConfigureAwait(false);
        return vernieuwd.Lukt(out var account)
            ? new OuderuitnodigingDto(OuderDto.Van(link, ouder), account.Activatiecode, account.ActivatieGeldigTot)
            : Result<OuderuitnodigingDto>.Mislukt(vernieuwd.Fouten);
    }
}
