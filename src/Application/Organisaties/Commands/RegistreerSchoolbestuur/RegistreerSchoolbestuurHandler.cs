using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;

public sealed class RegistreerSchoolbestuurHandler(IApplicationDbContext db) : ICommandHandler<RegistreerSchoolbestuurCommand, Result<SchoolbestuurDto>>
{
    public async ValueTask<Result<SchoolbestuurDto>> Handle(RegistreerSchoolbestuurCommand command, CancellationToken cancellationToken)
    {
        var swv = await db.Samenwerkingsverbanden.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var bestuur = Schoolbestuur.Registreer(swv.Code, command.Nummer, command.Naam);
        if (!bestuur.IsGelukt)
        {
            return Result<SchoolbestuurDto>.Mislukt(bestuur.Fouten);
        }

        if (await db.Schoolbesturen.AnyAsync(b => b.Nummer == bestuur.Waarde.Nummer, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("schoolbestuur-bestaat", $"Schoolbestuur {bestuur.Waarde.Nummer} is al geregistreerd.");
        }

        db.Schoolbesturen.Add(bestuur.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SchoolbestuurDto.Van(bestuur.Waarde);
    }
}
