using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

public sealed class RegistreerSchoolHandler(IApplicationDbContext db) : ICommandHandler<RegistreerSchoolCommand, Result<SchoolDto>>
{
    public async ValueTask<Result<SchoolDto>> Handle(RegistreerSchoolCommand command, CancellationToken cancellationToken)
    {
        var swv = await db.Samenwerkingsverbanden.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var bestuur = await db.Schoolbesturen.FirstOrDefaultAsync(b => b.Nummer == command.Schoolbestuur, cancellationToken).ConfigureAwait(false);
        if (bestuur is null)
        {
            return Fout.Ongeldig("onbekend-schoolbestuur", $"Er is geen schoolbestuur {command.Schoolbestuur} in dit samenwerkingsverband.", "schoolbestuur");
        }

        var vestiging = VestigingCode.Parse(command.Vestiging).Waarde;
        if (await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Id == vestiging, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("school-bestaat", $"Vestiging {vestiging} is al geregistreerd.");
        }

        var school = School.Registreer(
            swv, bestuur, vestiging, command.Naam, SoortSchoolCodes.Lijst.Zoek(command.Soort)!.Value, Leeg(command.Regio), Leeg(command.LokaalNetwerk));
        if (!school.IsGelukt)
        {
            return Result<SchoolDto>.Mislukt(school.Fouten);
        }

        school.Waarde.LegOndersteuningsprofielVast(IvoVeldenDto.Lees(command.Ondersteuningsprofiel, "ondersteuningsprofiel").Waarde);
        db.Scholen.Add(school.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SchoolDto.Van(school.Waarde, bestuur.Nummer);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
