using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

/// <summary>
/// The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them. The name and
/// the place in the indeling stay the school's to check, once bestuur and samenwerkingsverband are known.
/// </summary>
public sealed record SchoolVerzoek(
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, MaxLength(School.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<SoortSchool>] string? Soort,
    [property: Required, RegularExpression(Schoolbestuur.Nummerpatroon)] string? Schoolbestuur,
    string? Regio,
    string? LokaalNetwerk,
    IvoVeldenDto? Ondersteuningsprofiel)
{
    public Result<Schoolregistratie> Lees() =>
        Lezen.Samen(
            VestigingCode.Parse(Vestiging, "vestiging"),
            SoortSchoolCodes.Lijst.Lees(Soort, "soort", "soort"),
            string.IsNullOrWhiteSpace(Schoolbestuur)
                ? Fout.Ongeldig("schoolbestuur-vereist", "Geef het bevoegd-gezagnummer van het schoolbestuur.", "schoolbestuur")
                : Result<string>.Gelukt(Schoolbestuur),
            IvoVeldenDto.Lees(Ondersteuningsprofiel, "ondersteuningsprofiel"),
            (vestiging, soort, bestuur, profiel) => new Schoolregistratie(vestiging, Naam, soort, bestuur, Leeg(Regio), Leeg(LokaalNetwerk), profiel));

    // Left blank is left out: an empty regio is no regio.
    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
