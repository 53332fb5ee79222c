using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties;

/// <summary>
/// The search, filters and order of the schools list, the same for its pages and its export, so a file holds exactly
/// the schools the screen shows, in the same order.
/// </summary>
public interface IScholenSelectie
{
    string? Soort { get; }

    string? Regio { get; }

    string? Zoek { get; }

    string? Bestuur { get; }

    string? Sorteer { get; }
}

/// <summary>A school of the selection with its schoolbestuur (the list shows the bestuur's name).</summary>
internal sealed class SchoolMetBestuur
{
    public required School School { get; init; }

    public required Schoolbestuur Bestuur { get; init; }
}

internal static partial class ScholenSelectie
{
    /// <summary>The schools that match, unordered (to count them).</summary>
    public static IQueryable<SchoolMetBestuur> Selecteer(this IScholenSelectie s, IApplicationDbContext db)
    {
        // The tenant filter of the DbContext keeps this to the caller's own samenwerkingsverband.
        var scholen = db.Scholen.AsQueryable();
        if (SoortSchoolCodes.Lijst.Zoek(s.Soort) is { } soort)
        {
            scholen = scholen.Where(school => school.Soort == soort);
        }

        if (s.Regio is { } regio)
        {
            scholen = scholen.Where(school => school.Regio == regio);
        }

        if (s.Zoek?.Trim() is { Length: > 0 } zoek)
        {
            scholen = Zoek(scholen, zoek);
        }

        var rijen = scholen.Join(db.Schoolbesturen, school => school.SchoolbestuurId, b => b.Id, (school, b) => new SchoolMetBestuur { School = school, Bestuur = b });
        return s.Bestuur is { } bestuur ? rijen.Where(r => r.Bestuur.Nummer == bestuur) : rijen;
    }

    /// <summary>
    /// The order asked for. Case-insensitive by name, so "de Bron" sits next to "De Bron"; the vestiging breaks ties,
    /// so the order and with it every page is stable.
    /// </summary>
    public static IOrderedQueryable<SchoolMetBestuur> Orden(this IScholenSelectie s, IQueryable<SchoolMetBestuur> rijen) =>
#pragma warning disable CA1304, CA1311, CA1862
        (s.Sorteer ?? ScholenSortering.Naam) switch
        {
            ScholenSortering.NaamAflopend => rijen.OrderByDescending(r => r.School.Naam.ToLower()).ThenByDescending(r => r.School.Vestiging),
            ScholenSortering.Vestiging => rijen.OrderBy(r => r.School.Vestiging),
            ScholenSortering.VestigingAflopend => rijen.OrderByDescending(r => r.School.Vestiging),
            _ => rijen.OrderBy(r => r.School.Naam.ToLower()).ThenBy(r => r.School.Vestiging),
        };
#pragma warning restore CA1304, CA1311, CA1862

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
            : scholen.Where(s => s.Naam.ToLower().Contains(gezocht) || vestigingen.Contains(s.Vestiging));
#pragma warning restore CA1304, CA1311, CA1862
    }

    [GeneratedRegex(@"^[0-9]{2}[A-Z]{2}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Brin();
}

/// <summary>The input rules of <see cref="IScholenSelectie"/>, included by the validator of the list and of the export.</summary>
internal sealed class ScholenSelectieRegels : AbstractValidator<IScholenSelectie>
{
    public ScholenSelectieRegels()
    {
        RuleFor(q => q.Soort).Must(s => SoortSchoolCodes.Lijst.Zoek(s) is not null).When(q => q.Soort is not null)
            .WithErrorCode("ongeldige-soort").WithMessage(SoortSchoolCodes.Lijst.KiesUitDeLijst());
        RuleFor(q => q.Regio).MaximumLength(Samenwerkingsverband.MaximaleLengteNaam).WithErrorCode("tekst-te-lang");
        RuleFor(q => q.Zoek).Must(z => z!.Trim().Length is > 0 and <= School.MaximaleLengteNaam).When(q => q.Zoek is not null)
            .WithErrorCode("ongeldige-zoekterm").WithMessage($"Zoek op een naam of vestiging van 1 tot {School.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.Bestuur).Matches(Schoolbestuur.Nummerpatroon).When(q => q.Bestuur is not null)
            .WithErrorCode("ongeldig-bestuur").WithMessage("Het bestuur is een bevoegd-gezagnummer van vijf cijfers, zoals 41001.");
        RuleFor(q => q.Sorteer).MoetSorteringZijn(ScholenSortering.Alle);
    }
}
