using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

/// <summary>
/// The schools of the samenwerkingsverband with their ondersteuningsprofiel (a few hundred at most, so one page);
/// optionally of one soort or one regio.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefScholenQuery(string? Soort, string? Regio) : IQuery<Result<ScholenDto>>;

public sealed record ScholenDto(IReadOnlyList<SchoolDto> Scholen);

public sealed class GeefScholenValidator : AbstractValidator<GeefScholenQuery>
{
    public GeefScholenValidator()
    {
        RuleFor(q => q.Soort).Must(s => SoortSchoolCodes.Lijst.Zoek(s) is not null).When(q => q.Soort is not null)
            .WithErrorCode("ongeldige-soort").WithMessage($"Kies een soort: {string.Join(", ", SoortSchoolCodes.Lijst.Alle)}.");
        RuleFor(q => q.Regio).MaximumLength(Samenwerkingsverband.MaximaleLengteNaam).WithErrorCode("tekst-te-lang");
    }
}

public sealed class GeefScholenHandler(IApplicationDbContext db) : IQueryHandler<GeefScholenQuery, Result<ScholenDto>>
{
    public async ValueTask<Result<ScholenDto>> Handle(GeefScholenQuery query, CancellationToken cancellationToken)
    {
        var scholen = db.Scholen.AsNoTracking();
        if (SoortSchoolCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            scholen = scholen.Where(s => s.Soort == soort);
        }

        if (query.Regio is { } regio)
        {
            scholen = scholen.Where(s => s.Regio == regio);
        }

        var lijst = await scholen
            .Join(db.Schoolbesturen, s => s.SchoolbestuurId, b => b.Id, (s, b) => new { School = s, b.Nummer })
            .OrderBy(r => r.School.Naam)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ScholenDto(lijst.Select(r => SchoolDto.Van(r.School, r.Nummer)).ToList());
    }
}
