using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform.Commands.RegistreerSamenwerkingsverband;

/// <summary>
/// The request body. <see cref="Lees"/> reads code, name and sector with the domain's own parsing, every problem at
/// once; whether the sector fits the code is the samenwerkingsverband's rule.
/// </summary>
public sealed record NieuwSamenwerkingsverbandVerzoek(
    [property: Required, RegularExpression(SwvCode.Patroon)] string? Code,
    [property: Required, MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<Sector>] string? Sector)
{
    public Result<NieuwSamenwerkingsverband> Lees() =>
        Lezen.Samen(
            SwvCode.Parse(Code, "code"),
            Tekst.Verplicht(Naam, Samenwerkingsverband.MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het samenwerkingsverband."),
            Lezen.Vereist(SectorCodes.Lijst.Zoek(Sector), Fout.Ongeldig("onbekende-sector", SectorCodes.Lijst.KiesUitDeLijst(), "sector")),
            (code, naam, sector) => new NieuwSamenwerkingsverband(code, naam, sector));
}

/// <summary>A new tenant as asked for: a valid code and name and a known sector.</summary>
public sealed record NieuwSamenwerkingsverband(SwvCode Code, string Naam, Sector Sector);
