using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.BrengCasusIn;

public sealed class BrengCasusInHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<BrengCasusInCommand, Casusgegevens, CasusDto>
{
    protected override async ValueTask<Result<CasusDto>> Handle(BrengCasusInCommand command, Casusgegevens invoer, CancellationToken cancellationToken)
    {
        // A medewerker of one vestiging need not name it; with more, the case says which one brings it in.
        var vestiging = invoer.Vestiging;
        if (vestiging is null)
        {
            if (aanroeper.Vestigingen.Count != 1)
            {
                return Fout.Ongeldig("vestiging-vereist", "Kies de vestiging die de casus inbrengt.", "vestiging");
            }

            vestiging = VestigingCode.Parse(aanroeper.Vestigingen[0], "vestiging").Waarde;
        }

        if (!aanroeper.Vestigingen.Contains(vestiging.Waarde))
        {
            return Fout.Verboden("niet-eigen-vestiging", "U kunt alleen een casus inbrengen voor een vestiging waar u werkt.");
        }

        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return OrganisatieFouten.OnbekendeSchool(vestiging);
        }

        var context = await db.VoorVestigingenAsync(
            [vestiging], [school.Naam, school.Regio ?? string.Empty, school.LokaalNetwerk ?? string.Empty], klok, cancellationToken).ConfigureAwait(false);
        var ingebracht = Casus.BrengIn(school, invoer.Inbreng, context, invoer.AnoniemBevestigd, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!ingebracht.Lukt(out var casus))
        {
            return Result<CasusDto>.Mislukt(ingebracht.Fouten);
        }

        db.Casussen.Add(casus);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(casus, aanroeper, cancellationToken).ConfigureAwait(false);
    }
}
