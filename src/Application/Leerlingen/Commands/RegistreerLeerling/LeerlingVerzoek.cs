using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

/// <summary>
/// The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them. Name, date of
/// birth and groep stay the pupil's to check, once the school is known and the caller may register there.
/// </summary>
public sealed record LeerlingVerzoek(
    [property: Required, MaxLength(Leerling.MaximaleLengteNaam)] string? Voornaam,
    [property: Required, MaxLength(Leerling.MaximaleLengteNaam)] string? Achternaam,
    [property: Required] DateOnly? Geboortedatum,
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, MaxLength(Leerling.MaximaleLengteGroep)] string? Groep,
    OndersteuningsbehoeftenDto? Ondersteuningsbehoeften,
    [property: RegularExpression(Werkgebied.PostcodegebiedPatroon)] string? Postcodegebied = null)
{
    public Result<Leerlingregistratie> Lees() =>
        Lezen.Samen(
            VestigingCode.Parse(Vestiging, "vestiging"),
            OndersteuningsbehoeftenDto.Lees(Ondersteuningsbehoeften),
            (vestiging, behoeften) => new Leerlingregistratie(vestiging, Voornaam, Achternaam, Geboortedatum, Groep, behoeften, Postcodegebied));
}
