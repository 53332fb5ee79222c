using System.Globalization;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed partial class GeefScholenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefScholenQuery, Result<ScholenDto>>
{
    public async ValueTask<Result<ScholenDto>> Handle(GeefScholenQuery query, CancellationToken cancellationToken)
    {
        // The tenant filter of the DbContext keeps this to the caller's own samenwerkingsverband.
        var scholen = db.Scholen.AsNoTracking();
        if (SoortSchoolCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            scholen = scholen.Where(s => s.Soort == soort);
        }

        if (query.Regio is { } regio)
        {
            scholen = scholen.Where(s => s.Regio == regio);
        }

        if (query.Zoek?.Trim() is { Length: > 0 } zoek)
        {
            scholen = Zoek(scholen, zoek);
        }

        var rijen = scholen.Join(db.Schoolbesturen, s => s.SchoolbestuurId, b => b.Id, (s, b) => new { School = s, b.Nummer });
        if (query.Bestuur is { } bestuur)
        {
            rijen = rijen.Where(r => r.Nummer == bestuur);
        }

        long overslaan = 0;
        if (query.Cursor is not null)
        {
            if (await tokens.LeesAsync<ScholenCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } cursor)
            {
                return SynctokenFouten.Cursor();
            }

            overslaan = cursor.Overslaan;
        }

        // Case-insensitive by name, so "de Bron" sits next to "De Bron"; the vestiging breaks ties, so the order and
        // with it every page is stable.
#pragma warning disable CA1304, CA1311, CA1862
        var geordend = (query.Sorteer ?? ScholenSortering.Naam) switch
        {
            ScholenSortering.NaamAflopend => rijen.OrderByDescending(r => r.School.Naam.ToLower()).ThenByDescending(r => r.School.Id),
            ScholenSortering.Vestiging => rijen.OrderBy(r => r.School.Id),
            ScholenSortering.VestigingAflopend => rijen.OrderByDescending(r => r.School.Id),
            _ => rijen.OrderBy(r => r.School.Naam.ToLower()).ThenBy(r => r.School.Id),
        };
#pragma warning restore CA1304, CA1311, CA1862

        var grootte = query.PageSize ?? ScholenCursor.StandaardPageSize;
        var totaal = await rijen.CountAsync(cancellationToken).ConfigureAwait(false);
        var gevonden = await geordend.Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        return new ScholenDto(
            pagina.Select(r => SchoolDto.Van(r.School, r.Nummer)).ToList(),
            totaal,
            gevonden.Count > grootte
                ? await tokens.MaakAsync(new ScholenCursor(overslaan + grootte), cancellationToken).ConfigureAwait(false)
                : null);
    }

    /// <summary>
    /// A part of the name, or a vestiging: "12AB00" finds that vestiging, a BRIN ("12AB") every vestiging of it. The
    /// vestiging is a converted value, so it is compared with whole codes (a list of at most 100), never as text.
    /// </summary>
    private static IQueryable<School> Zoek(IQueryable<School> scholen, string zoek)
    {
        var gezocht = zoek.ToLowerInvariant();
        var hoofdletters = zoek.ToUpperInvariant();
        var vestigingen = new List<VestigingCode>();
        if (VestigingCode.Parse(hoofdletters).Lukt(out var vestiging))
        {
            vestigingen.Add(vestiging);
        }
        else if (Brin().IsMatch(hoofdletters))
        {
            vestigingen.AddRange(Enumerable.Range(0, 100)
                .Select(n => VestigingCode.Parse(hoofdletters + n.ToString("00", CultureInfo.InvariantCulture)).Waarde));
        }

        // Runs in PostgreSQL as lower(...) with strpos; .NET's culture rules never apply here.
#pragma warning disable CA1304, CA1311, CA1862
        return vestigingen.Count == 0
            ? scholen.Where(s => s.Naam.ToLower().Contains(gezocht))
            : scholen.Where(s => s.Naam.ToLower().Contains(gezocht) || vestigingen.Contains(s.Id));
#pragma warning restore CA1304, CA1311, CA1862
    }

    [GeneratedRegex(@"^[0-9]{2}[A-Z]{2}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Brin();
}
