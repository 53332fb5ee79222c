using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>
/// A school location (vestiging) in the samenwerkingsverband: BRIN + vestigingsnummer, its kind, its bestuur, where
/// it sits in the SWV's indeling, and its schoolondersteuningsprofiel on the five IVO fields.
/// </summary>
public sealed class School : AggregateRoot<VestigingCode>
{
    public const int MaximaleLengteNaam = 160;

    private School()
    {
        Samenwerkingsverband = null!;
        Naam = string.Empty;
        Ondersteuningsprofiel = IvoVelden.Leeg;
    }

    public VestigingCode Vestiging => Id;

    public SwvCode Samenwerkingsverband { get; private set; }

    public string Naam { get; private set; }

    public SoortSchool Soort { get; private set; }

    public Guid SchoolbestuurId { get; private set; }

    public string? Regio { get; private set; }

    public string? LokaalNetwerk { get; private set; }

    /// <summary>The schoolondersteuningsprofiel (SOP): what this school offers beyond basisondersteuning.</summary>
    public IvoVelden Ondersteuningsprofiel { get; private set; }

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    public static Result<School> Registreer(
        Samenwerkingsverband swv, Schoolbestuur bestuur, VestigingCode vestiging, string? naam, SoortSchool soort, string? regio, string? lokaalNetwerk)
    {
        ArgumentNullException.ThrowIfNull(swv);
        ArgumentNullException.ThrowIfNull(bestuur);
        ArgumentNullException.ThrowIfNull(vestiging);
        var fouten = new List<Fout>();
        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van de school.");
        fouten.AddRange(geldigeNaam.Fouten);
        if (bestuur.Samenwerkingsverband != swv.Code)
        {
            fouten.Add(Fout.Ongeldig("onbekend-schoolbestuur", "Dit schoolbestuur hoort niet bij het samenwerkingsverband.", "schoolbestuur"));
        }

        fouten.AddRange(ControleerIndeling(swv, regio, lokaalNetwerk));
        return fouten.Count > 0
            ? Result<School>.Mislukt(fouten)
            : new School
            {
                Id = vestiging,
                Samenwerkingsverband = swv.Code,
                Naam = geldigeNaam.Waarde,
                Soort = soort,
                SchoolbestuurId = bestuur.Id,
                Regio = regio,
                LokaalNetwerk = lokaalNetwerk,
            };
    }

    /// <summary>
    /// Replaces name, kind, bestuur and place in the indeling with the same rules as a registration (an import of the
    /// SWV's list does this); the ondersteuningsprofiel stays the school's own.
    /// </summary>
    public Result<School> Wijzig(Samenwerkingsverband swv, Schoolbestuur bestuur, string? naam, SoortSchool soort, string? regio, string? lokaalNetwerk)
    {
        var gecontroleerd = Registreer(swv, bestuur, Vestiging, naam, soort, regio, lokaalNetwerk);
        if (!gecontroleerd.Lukt(out var nieuw))
        {
            return Result<School>.Mislukt(gecontroleerd.Fouten);
        }

        Naam = nieuw.Naam;
        Soort = nieuw.Soort;
        SchoolbestuurId = nieuw.SchoolbestuurId;
        Regio = nieuw.Regio;
        LokaalNetwerk = nieuw.LokaalNetwerk;
        return this;
    }

    public School LegOndersteuningsprofielVast(IvoVelden profiel)
    {
        Ondersteuningsprofiel = profiel ?? throw new ArgumentNullException(nameof(profiel));
        return this;
    }

    private static IEnumerable<Fout> ControleerIndeling(Samenwerkingsverband swv, string? regio, string? lokaalNetwerk)
    {
        if (regio is null && lokaalNetwerk is not null)
        {
            yield return Fout.Ongeldig("regio-vereist", "Een lokaal netwerk hoort bij een regio; geef ook de regio.", "regio");
        }
        else if (regio is not null && !swv.KentNetwerk(regio, lokaalNetwerk))
        {
            yield return Fout.Ongeldig("onbekende-indeling", "Deze regio of dit lokale netwerk staat niet in de indeling van het samenwerkingsverband.", "lokaalNetwerk");
        }
    }
}
