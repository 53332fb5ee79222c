using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Deskundigen;

/// <summary>
/// A deskundige in the samenwerkingsverband's register: who may advise on a toelaatbaarheidsverklaring, in which
/// profession, listed in which register, and who employs them. The law forbids an adviser employed by the requesting
/// school, so an employer that is a schoolbestuur or vestiging of the SWV is linked, and the TLV judges independence by
/// those links (Toelaatbaarheidsverklaring.WijsAdviseurAan). Advices refer to a deskundige, so one is deactivated, never deleted.
/// </summary>
public sealed class Deskundige : AggregateRoot<Guid>
{
    public const int MaximaleLengteNaam = 120;
    public const int MaximaleLengteWerkgever = 160;

    private Deskundige()
    {
        Samenwerkingsverband = null!;
        Naam = string.Empty;
        Werkgever = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public string Naam { get; private set; }

    public Discipline Discipline { get; private set; }

    /// <summary>The register the deskundige is listed in; null when none is given (then also no number).</summary>
    public Beroepsregister? Beroepsregister { get; private set; }

    /// <summary>The number in <see cref="Beroepsregister"/>: both or neither.</summary>
    public string? Registratienummer { get; private set; }

    /// <summary>The organisation that employs them, as a name: "Praktijk De Linde", "zelfstandig", or a bestuur's name.</summary>
    public string Werkgever { get; private set; }

    /// <summary>The schoolbestuur of the SWV that employs them, if it is one.</summary>
    public Guid? SchoolbestuurId { get; private set; }

    /// <summary>The vestiging of the SWV that employs them, if it is one.</summary>
    public VestigingCode? Vestiging { get; private set; }

    /// <summary>The account (role deskundige, same SWV) under which they write their advices; null while they have none.</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>False once deactivated: no new advices; the advices they gave keep referring to them.</summary>
    public bool Actief { get; private set; } = true;

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    /// <summary>Whether the law lets this deskundige give the first of the two advices (an orthopedagoog or psycholoog).</summary>
    public bool MagEersteAdviesGeven => Discipline.MagEersteAdviesGeven();

    public static Result<Deskundige> Registreer(SwvCode samenwerkingsverband, Deskundigegegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        var deskundige = new Deskundige { Id = Guid.CreateVersion7(), Samenwerkingsverband = samenwerkingsverband };
        var gewijzigd = deskundige.Wijzig(gegevens);
        return gewijzigd.IsGelukt ? deskundige : Result<Deskundige>.Mislukt(gewijzigd.Fouten);
    }

    /// <summary>
    /// Replaces everything but the samenwerkingsverband and the active state, with the rules of a registration; every
    /// broken rule at once, and a refused change changes nothing.
    /// </summary>
    public Result<Deskundige> Wijzig(Deskundigegegevens gegevens)
    {
        var fouten = Controleer(Samenwerkingsverband, gegevens);
        if (fouten.Count > 0)
        {
            return Result<Deskundige>.Mislukt(fouten);
        }

        Naam = gegevens.Naam!.Trim();
        Discipline = gegevens.Discipline;
        Beroepsregister = gegevens.Beroepsregister;
        Registratienummer = Registratie.Lees(gegevens.Beroepsregister, gegevens.Registratienummer).Waarde;
        Werkgever = gegevens.Werkgever!.Trim();
        SchoolbestuurId = gegevens.Schoolbestuur?.Id;
        Vestiging = gegevens.School?.Vestiging;
        AccountId = gegevens.Account?.Id.Waarde;
        return this;
    }

    /// <summary>
    /// The rules a registration or change must meet, every broken one at once: <see cref="Wijzig"/> applies them, and a
    /// use case applies them before it adds its own problems (an unknown link), so a caller hears of all in one answer.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(SwvCode samenwerkingsverband, Deskundigegegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        ArgumentNullException.ThrowIfNull(gegevens);
        var fouten = new List<Fout>();
        fouten.AddRange(Tekst.Verplicht(gegevens.Naam, MaximaleLengteNaam, "naam", "naam-vereist", NaamVereist).Fouten);
        fouten.AddRange(Tekst.Verplicht(gegevens.Werkgever, MaximaleLengteWerkgever, "werkgever", "werkgever-vereist", WerkgeverVereist).Fouten);
        fouten.AddRange(Registratie.Lees(gegevens.Beroepsregister, gegevens.Registratienummer).Fouten);
        fouten.AddRange(ControleerKoppelingen(samenwerkingsverband, gegevens));
        return fouten;
    }

    public const string NaamVereist = "Geef de naam van de deskundige.";

    public const string WerkgeverVereist = "Geef de werkgever van de deskundige, zoals de naam van de praktijk of zelfstandig.";

    /// <summary>No new advices; the ones given keep referring to this deskundige. Deactivating twice changes nothing.</summary>
    public void Deactiveer() => Actief = false;

    public void Heractiveer() => Actief = true;

    private static IEnumerable<Fout> ControleerKoppelingen(SwvCode samenwerkingsverband, Deskundigegegevens gegevens)
    {
        if (gegevens.Schoolbestuur is { } bestuur && bestuur.Samenwerkingsverband != samenwerkingsverband)
        {
            yield return Fout.Ongeldig("onbekend-schoolbestuur", "Dit schoolbestuur hoort niet bij het samenwerkingsverband.", "schoolbestuurId");
        }

        if (gegevens.School is { } school)
        {
            if (school.Samenwerkingsverband != samenwerkingsverband)
            {
                yield return Fout.Ongeldig("onbekende-vestiging", "Deze school hoort niet bij het samenwerkingsverband.", "vestiging");
            }
            else if (gegevens.Schoolbestuur is { } eigenBestuur && school.SchoolbestuurId != eigenBestuur.Id)
            {
                yield return Fout.Ongeldig(
                    "vestiging-van-ander-bestuur",
                    "Deze school hoort bij een ander schoolbestuur dan het gekozen bestuur; kies de school van dat bestuur of laat een van beide leeg.",
                    "vestiging");
            }
        }

        if (gegevens.Account is { } account)
        {
            if (account.Rol != Rol.Deskundige)
            {
                yield return Fout.Ongeldig(
                    "account-geen-deskundige",
                    $"Kies een account met de rol {RolCodes.Lijst.LabelInZin(Rol.Deskundige)}.",
                    "accountId");
            }
            else if (account.Samenwerkingsverband != samenwerkingsverband)
            {
                yield return Fout.Ongeldig("onbekend-account", "Dit account hoort niet bij het samenwerkingsverband.", "accountId");
            }
        }
    }
}

/// <summary>
/// What a registration or change says about a deskundige. The links are the organisations and account themselves, so
/// the deskundige checks they belong to its samenwerkingsverband (and the account has the role deskundige).
/// </summary>
public sealed record Deskundigegegevens(
    string? Naam,
    Discipline Discipline,
    Beroepsregister? Beroepsregister,
    string? Registratienummer,
    string? Werkgever,
    Schoolbestuur? Schoolbestuur,
    School? School,
    Gebruiker? Account);
