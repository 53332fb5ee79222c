using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;

public sealed class LegOndersteuningsprofielVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : InvoerHandler<LegOndersteuningsprofielVastCommand, Profielwijziging, SchoolDto>
{
    protected override async ValueTask<Result<SchoolDto>> Handle(
        LegOndersteuningsprofielVastCommand command, Profielwijziging invoer, CancellationToken cancellationToken)
    {
        var vestiging = invoer.Vestiging;
        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return OrganisatieFouten.OnbekendeSchool(vestiging);
        }

        if (aanroeper.Rollen.Contains(Rol.SchoolMedewerker.Code()) && !aanroeper.Vestigingen.Contains(vestiging.Waarde))
        {
            return Fout.Verboden("niet-eigen-vestiging", "U kunt alleen het ondersteuningsprofiel van uw eigen vestigingen vastleggen.");
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, school.Versie, "deze school") is { } versiefout)
        {
            return versiefout;
        }

        school.LegOndersteuningsprofielVast(invoer.Profiel);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var bestuur = await db.Schoolbesturen.Where(b => b.Id == school.SchoolbestuurId).Select(b => b.Nummer).FirstAsync(cancellationToken).ConfigureAwait(false);
        return SchoolDto.Van(school, bestuur);
    }
}
