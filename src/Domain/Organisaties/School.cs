using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>
/// A school location (vestiging) in the samenwerkingsverband: BRIN + vestigingsnummer, its kind, its bestuur, where
/// it sits in the SWV's indeling, and its schoolondersteuningsprofiel on the five IVO fields. A vestiging is a school
/// in at most one samenwerkingsverband per sector (see <see cref="Registreer"/>), so it is known by both.
/// </summary>
public sealed class School : AggregateRoot<SchoolId>
{
    public const int MaximaleLengteNaam = 160;

    // The store hands both parts of the key to this constructor, so the identity is whole from the start.
    private School(SwvCode samenwerkingsverband, VestigingCode vestiging)
    {
        Id = new SchoolId(samenwerkingsverband, vestiging);
        Samenwerkingsverband = samenwerkingsverband;
        Vestiging = vestiging;
        Naam = string.Empty;
        Ondersteuningsprofiel = IvoVelden.Leeg;
    }

    public SwvCode Samenwerkingsverband { get; }

    public VestigingCode Vestiging { get; }

    public string Naam { get; private set; }

    public SoortSchool Soort { get; private set; }

    public Guid SchoolbestuurId { get; private set; }

    public string? Regio { get; private set; }

    public string? LokaalNetwerk { get; private set; }

    /// <summary>
    /// Cluster 1 or 2 for an SO/VSO school of a landelijk expertisecentrum (visual; auditory and language): such a
    /// school has no zorgplicht (WEC art. 40), so an aanmelding there runs no term. Clusters 3 and 4 are part of the
    /// samenwerkingsverband and have zorgplicht like any school, so they are not recorded here.
    /// </summary>
    public Cluster? Cluster { get; private set; }

    /// <summary>The schoolondersteuningsprofiel (SOP): what this school offers beyond basisondersteuning.</summary>
    public IvoVelden Ondersteuningsprofiel { get; private set; }

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    /// <summary>
    /// A new school of <paramref name="swv"/>. <paramref name="alGeregistreerdIn"/> are the samenwerkingsverbanden the
    /// vestiging is a school in already, whatever tenant they are: a vestiging is a school in at most one
    /// samenwerkingsverband per sector, so one of the same sector is a conflict and one of the other sector is not (an
    /// SO/VSO school takes part in the PO and the VO samenwerkingsverband of its region).
    /// </summary>
    public static Result<School> Registreer(
        Samenwerkingsverband swv,
        Schoolbestuur bestuur,
        VestigingCode vestiging,
        string? naam,
        SoortSchool soort,
        string? regio,
        string? lokaalNetwerk,
        IEnumerable<SwvCode> alGeregistreerdIn)
    {
        ArgumentNullException.ThrowIfNull(swv);
        ArgumentNullException.ThrowIfNull(bestuur);
        ArgumentNullException.ThrowIfNull(vestiging);
        ArgumentNullException.ThrowIfNull(alGeregistreerdIn);
        if (ControleerDeelname(swv, vestiging, alGeregistreerdIn) is { } bezet)
        {
            return bezet;
        }

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
            : new School(swv.Code, vestiging)
            {
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
        var gecontroleerd = Registreer(swv, bestuur, Vestiging, naam, soort, regio, lokaalNetwerk, alGeregistreerdIn: []);
        if (!gecontroleerd.Lukt(out var nieuw))
        {
            return Result<School>.Mislukt(gecontroleerd.Fouten);
        }

        Naam = nieuw.Naam;
        Soort = nieuw.Soort;

        // A school that is no longer SO/VSO cannot keep a cluster; an import that changes the kind drops it.
        Cluster = KentCluster(nieuw.Soort) ? Cluster : null;
        SchoolbestuurId = nieuw.SchoolbestuurId;
        Regio = nieuw.Regio;
        LokaalNetwerk = nieuw.LokaalNetwerk;
        return this;
    }

    /// <summary>Only a school for speciaal onderwijs (SO or VSO) belongs to a cluster.</summary>
    public static bool KentCluster(SoortSchool soort) => soort is SoortSchool.So or SoortSchool.Vso;

    /// <summary>Sets or clears the cluster: only 1 or 2, and only for an SO or VSO school.</summary>
    public Result<School> LegClusterVast(Cluster? cluster)
    {
        var fouten = new List<Fout>();
        if (cluster is not (null or Begeleidingsaanbod.Cluster.Een or Begeleidingsaanbod.Cluster.Twee))
        {
            fouten.Add(Fout.Ongeldig(
                "cluster-1-of-2", "Leg alleen cluster 1 of 2 vast: scholen van cluster 3 en 4 horen bij het samenwerkingsverband en hebben gewoon zorgplicht.", "cluster"));
        }

        if (cluster is not null && !KentCluster(Soort))
        {
            fouten.Add(Fout.Ongeldig(
                "cluster-alleen-so-vso", $"Alleen een school voor speciaal onderwijs (SO of VSO) hoort bij een cluster; deze school is {SoortSchoolCodes.Lijst.LabelInZin(Soort)}.", "cluster"));
        }

        if (fouten.Count > 0)
        {
            return Result<School>.Mislukt(fouten);
        }

        Cluster = cluster;
        return this;
    }

    public School LegOndersteuningsprofielVast(IvoVelden profiel)
    {
        Ondersteuningsprofiel = profiel ?? throw new ArgumentNullException(nameof(profiel));
        return this;
    }

    /// <summary>
    /// A conflict when the vestiging is a school in <paramref name="swv"/> already, or in another samenwerkingsverband
    /// of the same sector; a vestiging known only in the other sector may join.
    /// </summary>
    private static Fout? ControleerDeelname(Samenwerkingsverband swv, VestigingCode vestiging, IEnumerable<SwvCode> alGeregistreerdIn)
    {
        var zelfdeSector = alGeregistreerdIn.Where(s => SectorCodes.Van(s) == swv.Sector).ToList();
        if (zelfdeSector.Contains(swv.Code))
        {
            return Fout.Conflict("school-bestaat", $"Vestiging {vestiging} is al geregistreerd.");
        }

        return zelfdeSector.Count > 0
            ? Fout.Conflict(
                "school-bestaat",
                $"Vestiging {vestiging} is al een school in een ander samenwerkingsverband voor {SectorCodes.Lijst.LabelInZin(swv.Sector)}; "
                + "een vestiging hoort bij één samenwerkingsverband per sector.")
            : null;
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
