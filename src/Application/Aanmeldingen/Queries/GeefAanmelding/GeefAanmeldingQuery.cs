using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmelding;

/// <summary>
/// One aanmelding with its term, extension, decision and history: for the school it was made at (and the school that
/// admitted the pupil instead), and for the samenwerkingsverband's staff (404 for anyone else).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, AanmeldingAudit.Soort, Doel = AanmeldingAudit.Doel)]
public sealed record GeefAanmeldingQuery(Guid AanmeldingId) : IQuery<Result<AanmeldingDto>>;

public sealed class GeefAanmeldingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : IQueryHandler<GeefAanmeldingQuery, Result<AanmeldingDto>>
{
    public async ValueTask<Result<AanmeldingDto>> Handle(GeefAanmeldingQuery query, CancellationToken cancellationToken)
    {
        var aanmelding = await db.Aanmeldingen.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.AanmeldingId, cancellationToken).ConfigureAwait(false);
        return aanmelding is null ? AanmeldingFouten.Onbekend(query.AanmeldingId) : AanmeldingDto.Van(aanmelding, aanroeper, klok);
    }
}
