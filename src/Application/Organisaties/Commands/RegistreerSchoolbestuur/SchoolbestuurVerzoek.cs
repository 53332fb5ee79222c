using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;

/// <summary>
/// The request body. Its attributes write the domain's rules into the contract; the schoolbestuur itself reads number
/// and name, once the samenwerkingsverband is known (one that is not set up yet is a 404 whatever the body says).
/// </summary>
public sealed record SchoolbestuurVerzoek(
    [property: Required, RegularExpression(Schoolbestuur.Nummerpatroon)] string? Nummer,
    [property: Required, MaxLength(Schoolbestuur.MaximaleLengteNaam)] string? Naam);
