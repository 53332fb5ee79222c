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

        // Across tenants: a vestiging is a school in at most one samenwerkingsverband per sector, which the domain checks.
        var vestiging = invoer.Vestiging;
        var alGeregistreerdIn = await db.Scholen.IgnoreQueryFilters().Where(s => s.Vestiging == vestiging).Select(s => s.Samenwerkingsverband)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var geregistreerd = School.Registreer(swv, bestuur, vestiging, invoer.Naam, invoer.Soort, invoer.Regio, invoer.LokaalNetwerk, alGeregistreerdIn);
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
