using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.KoppelLasSleutel;

/// <summary>The request body: the LAS's key for the pupil; null or empty removes it.</summary>
public sealed record LasSleutelVerzoek([property: MaxLength(Leerling.MaximaleLengteLasSleutel)] string? LasSleutel)
{
    public Result<string?> Lees() => Leerling.LeesLasSleutel(LasSleutel);
}
