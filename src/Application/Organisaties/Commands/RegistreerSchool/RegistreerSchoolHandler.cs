using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

public sealed class RegistreerSchoolHandler(IApplicationDbContext db) : InvoerHandler<RegistreerSchoolCommand, Schoolregistratie, SchoolDto>
{
    protected override async ValueTask<Result<SchoolDto>> Handle(RegistreerSchoolCommand command, Schoolregistratie invoer, CancellationToken cancellationToken)
    {
        var swv = await db.Samenwerkingsverbanden.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var bestuur = await db.Schoolbesturen.FirstOrDefaultAsync(b => b.Nummer == invoer.Schoolbestuur, cancellationToken).ConfigureAwait(false);
        if (bestuur is null)
        {
            return Fout.Ongeldig("onbekend-schoolbestuur", $"Er is geen schoolbestuur {invoer.Schoolbestuur} in dit samenwerkingsverband.", "schoolbestuur");
        }

        var vestiging = invoer.Vestiging;
        if (await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Id == vestiging, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("school-bestaat", $"Vestiging {vestiging} is al geregistreerd.");
        }

        var geregistreerd = School.Registreer(swv, bestuur, vestiging, invoer.Naam, invoer.Soort, invoer.Regio, invoer.LokaalNetwerk);
        if (!geregistreerd.Lukt(out var school))
        {
            return Result<SchoolDto>.Mislukt(geregistreerd.Fouten);
        }

        school.LegOndersteuningsprofielVast(invoer.Ondersteuningsprofiel);
        db.Scholen.Add(school);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SchoolDto.Van(school, bestuur.Nummer);
    }
}
