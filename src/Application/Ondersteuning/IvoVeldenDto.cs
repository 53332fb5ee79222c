using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Application.Ondersteuning;

/// <summary>A description on the five IVO fields, in and out of the API; a field left out is "not described".</summary>
public sealed record IvoVeldenDto(
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? AandachtEnTijd,
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? Onderwijsmaterialen,
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? RuimtelijkeOmgeving,
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? Expertise,
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? SamenwerkingMetAndereInstanties)
{
    public static IvoVeldenDto Van(IvoVelden velden)
    {
        ArgumentNullException.ThrowIfNull(velden);
        return new(velden.AandachtEnTijd, velden.Onderwijsmaterialen, velden.RuimtelijkeOmgeving, velden.Expertise, velden.SamenwerkingMetAndereInstanties);
    }

    public static Result<IvoVelden> Lees(IvoVeldenDto? invoer, string veld) =>
        invoer is null
            ? IvoVelden.Leeg
            : IvoVelden.Van(invoer.AandachtEnTijd, invoer.Onderwijsmaterialen, invoer.RuimtelijkeOmgeving, invoer.Expertise, invoer.SamenwerkingMetAndereInstanties, veld);
}
