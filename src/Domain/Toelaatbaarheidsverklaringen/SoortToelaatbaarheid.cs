using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// The kind of school a TLV gives access to (OSO <c>tlv</c> block). The codes are OSO's, so a LAS reads them as it
/// registers the TLV in BRON/ROD.
/// </summary>
public enum SoortToelaatbaarheid
{
    Sbo,
    So,
    Vso,

    /// <summary>Praktijkonderwijs: only a VO-samenwerkingsverband issues it.</summary>
    Pro,
}

public static class SoortToelaatbaarheidCodes
{
    public static Codelijst<SoortToelaatbaarheid> Lijst { get; } = new(
        "soort toelaatbaarheidsverklaring",
        new Dictionary<SoortToelaatbaarheid, (string Code, string Label)>
        {
            [SoortToelaatbaarheid.Sbo] = ("SBO", "Speciaal basisonderwijs (SBO)"),
            [SoortToelaatbaarheid.So] = ("SO", "Speciaal onderwijs (SO)"),
            [SoortToelaatbaarheid.Vso] = ("VSO", "Voortgezet speciaal onderwijs (VSO)"),
            [SoortToelaatbaarheid.Pro] = ("PRO", "Praktijkonderwijs (PrO)"),
        });

    /// <summary>The kind of school (vestiging) where a TLV of this soort can be used.</summary>
    public static SoortSchool School(this SoortToelaatbaarheid soort) => soort switch
    {
        SoortToelaatbaarheid.Sbo => SoortSchool.Sbo,
        SoortToelaatbaarheid.So => SoortSchool.So,
        SoortToelaatbaarheid.Vso => SoortSchool.Vso,
        SoortToelaatbaarheid.Pro => SoortSchool.Pro,
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    /// <summary>SO and VSO are funded in a category (laag, midden, hoog); SBO and PrO are not ("niet van toepassing").</summary>
    public static bool KentCategorie(this SoortToelaatbaarheid soort) => soort is SoortToelaatbaarheid.So or SoortToelaatbaarheid.Vso;
}

/// <summary>The funding category of an SO/VSO TLV: OSO code list 31 (L, M, H, NVT).</summary>
public enum Bekostigingscategorie
{
    Laag,
    Midden,
    Hoog,
    NietVanToepassing,
}

public static class BekostigingscategorieCodes
{
    public static Codelijst<Bekostigingscategorie> Lijst { get; } = new(
        "bekostigingscategorie",
        new Dictionary<Bekostigingscategorie, (string Code, string Label)>
        {
            [Bekostigingscategorie.Laag] = ("L", "Laag (categorie 1)"),
            [Bekostigingscategorie.Midden] = ("M", "Midden (categorie 2)"),
            [Bekostigingscategorie.Hoog] = ("H", "Hoog (categorie 3)"),
            [Bekostigingscategorie.NietVanToepassing] = ("NVT", "Niet van toepassing"),
        });

    /// <summary>Whether soort and categorie go together, with the problem when not (SO/VSO: L, M or H; SBO/PrO: NVT).</summary>
    public static Fout? PastNietBij(SoortToelaatbaarheid soort, Bekostigingscategorie categorie, string veld) =>
        (soort.KentCategorie(), categorie == Bekostigingscategorie.NietVanToepassing) switch
        {
            (true, true) => Fout.Ongeldig(
                "categorie-vereist", $"Kies voor {SoortToelaatbaarheidCodes.Lijst.LabelInZin(soort)} de categorie laag, midden of hoog.", veld),
            (false, false) => Fout.Ongeldig(
                "categorie-niet-van-toepassing",
                $"Voor {SoortToelaatbaarheidCodes.Lijst.LabelInZin(soort)} geldt geen bekostigingscategorie; kies 'niet van toepassing'.",
                veld),
            _ => null,
        };
}
