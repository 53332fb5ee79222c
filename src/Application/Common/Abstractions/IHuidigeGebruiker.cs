using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Common.Levenscyclus;

namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>Who is calling: a person signed in through the SPA, or a machine client such as a LAS.</summary>
public enum SoortAanroeper
{
    Anoniem,
    Gebruiker,
    Client,
}

/// <summary>
/// The caller of the current request, as the use cases see it. Every rule about who may see or do what reads it
/// from here, never from HTTP.
/// </summary>
public interface IHuidigeGebruiker
{
    SoortAanroeper Soort { get; }

    /// <summary>The subject: a user id or a client id.</summary>
    string? Id { get; }

    string? Naam { get; }

    /// <summary>The code of the samenwerkingsverband (the tenant) the caller belongs to.</summary>
    string? Samenwerkingsverband { get; }

    IReadOnlyList<string> Rollen { get; }

    /// <summary>The vestigingen (BRIN + vestigingsnummer) a school-medewerker works for; empty for other callers.</summary>
    IReadOnlyList<string> Vestigingen { get; }

    IReadOnlyList<string> Scopes { get; }

    /// <summary>
    /// The codes of the functies a medewerker of the samenwerkingsverband holds (<see cref="Functie"/>), from the token;
    /// empty for every other caller.
    /// </summary>
    IReadOnlyList<string> Functies => [];

    /// <summary>
    /// How sure we are who signed in: the token's <c>acr</c> claim (ours, or an external provider's such as DigiD
    /// through a broker). Null for a client and for a token that names no level we know.
    /// </summary>
    Betrouwbaarheidsniveau? Betrouwbaarheidsniveau => null;
}

public static class HuidigeGebruikerRollen
{
    /// <summary>The caller's roles as the domain knows them; only people have roles (a client's claims never count as one).</summary>
    public static IReadOnlyCollection<Rol> PersoonlijkeRollen(this IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(aanroeper);
        return aanroeper.Soort == SoortAanroeper.Gebruiker
            ? aanroeper.Rollen.Select(RolCodes.VanCode).OfType<Rol>().Distinct().ToList()
            : [];
    }

    /// <summary>The caller's functies as the domain knows them; only people have them.</summary>
    public static IReadOnlyCollection<Functie> PersoonlijkeFuncties(this IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(aanroeper);
        return aanroeper.Soort == SoortAanroeper.Gebruiker
            ? aanroeper.Functies.Select(FunctieCodes.Lijst.Zoek).OfType<Functie>().Distinct().ToList()
            : [];
    }

    /// <summary>The steps this caller may take on the aggregate now: the table decides by their roles, scopes and functies.</summary>
    public static IReadOnlyList<TStap> ToegestaneStappenVoor<TAggregaat, TStatus, TStap>(
        this Levenscyclus<TAggregaat, TStatus, TStap> tabel, TAggregaat aggregaat, IHuidigeGebruiker aanroeper)
        where TStatus : struct, Enum
        where TStap : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(tabel);
        return tabel.ToegestaneStappen(aggregaat, aanroeper.PersoonlijkeRollen(), aanroeper.Scopes, aanroeper.PersoonlijkeFuncties());
    }
}
