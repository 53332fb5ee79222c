using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegPostcodegebiedVast;

/// <summary>The request body: the four digits of the pupil's postcode (never the full postcode); null or empty removes it.</summary>
public sealed record PostcodegebiedVerzoek([property: RegularExpression(Werkgebied.PostcodegebiedPatroon)] string? Postcodegebied)
{
    public Result<string?> Lees() => Leerling.LeesPostcodegebied(Postcodegebied);
}
