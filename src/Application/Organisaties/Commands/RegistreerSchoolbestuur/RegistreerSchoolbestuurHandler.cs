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

        var geregistreerd = Schoolbestuur.Registreer(swv.Code, command.Nummer, command.Naam);
        if (!geregistreerd.Lukt(out var bestuur))
        {
            return Result<SchoolbestuurDto>.Mislukt(geregistreerd.Fouten);
        }

        if (await db.Schoolbesturen.AnyAsync(b => b.Nummer == bestuur.Nummer, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("schoolbestuur-bestaat", $"Schoolbestuur {bestuur.Nummer} is al geregistreerd.");
        }

        db.Schoolbesturen.Add(bestuur);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SchoolbestuurDto.Van(bestuur);
    }
}
