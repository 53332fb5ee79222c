using System.ComponentModel;
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
    [property: MaxLength(IvoVelden.MaximaleLengte)] string? SamenwerkingMetAndereInstanties,
    IvoNiveausDto? Niveaus = null)
{
    public static IvoVeldenDto Van(IvoVelden velden)
    {
        ArgumentNullException.ThrowIfNull(velden);
        return new(
            velden.AandachtEnTijd, velden.Onderwijsmaterialen, velden.RuimtelijkeOmgeving, velden.Expertise, velden.SamenwerkingMetAndereInstanties,
            IvoNiveausDto.Van(velden.Niveaus));
    }

    /// <summary>Reads text and levels together, so a too-long text and a level 7 are reported in one answer.</summary>
    public static Result<IvoVelden> Lees(IvoVeldenDto? invoer, string veld)
    {
        if (invoer is null)
        {
            return IvoVelden.Leeg;
        }

        var niveaus = IvoNiveausDto.Lees(invoer.Niveaus, veld);
        var velden = IvoVelden.Van(
            invoer.AandachtEnTijd, invoer.Onderwijsmaterialen, invoer.RuimtelijkeOmgeving, invoer.Expertise, invoer.SamenwerkingMetAndereInstanties, veld,
            niveaus.Lukt(out var gelezen) ? gelezen : IvoNiveaus.Leeg);
        var fouten = velden.Fouten.Concat(niveaus.Fouten).ToList();
        return fouten.Count > 0 ? Result<IvoVelden>.Mislukt(fouten) : velden;
    }
}

/// <summary>
/// The level on each of the five IVO fields, the same four steps for a pupil, a school and an arrangement; left out
/// (null) is "niet ingevuld", which is not the same as 0.
/// </summary>
public sealed record IvoNiveausDto(
    [property: Range(0, 3), Description(IvoNiveausDto.Uitleg)] int? AandachtEnTijd,
    [property: Range(0, 3), Description(IvoNiveausDto.Uitleg)] int? Onderwijsmaterialen,
    [property: Range(0, 3), Description(IvoNiveausDto.Uitleg)] int? RuimtelijkeOmgeving,
    [property: Range(0, 3), Description(IvoNiveausDto.Uitleg)] int? Expertise,
    [property: Range(0, 3), Description(IvoNiveausDto.Uitleg)] int? SamenwerkingMetAndereInstanties)
{
    /// <summary>The same words as <see cref="Intensiteit"/>, so every school fills the levels in the same way.</summary>
    public const string Uitleg =
        "Niveau op dit veld. 0 = geen: niets meer dan elke groep biedt (de basisondersteuning). "
        + "1 = licht: een beetje extra in de groep, kort of een paar momenten per week. "
        + "2 = intensief: elke dag extra of met een specialist, gepland en vastgelegd. "
        + "3 = zeer intensief: doorlopende, specialistische ondersteuning, meestal met een setting of expertise die de meeste scholen niet hebben. "
        + "Leeg (null) = niet ingevuld; dat is iets anders dan 0.";

    public static IvoNiveausDto Van(IvoNiveaus niveaus)
    {
        ArgumentNullException.ThrowIfNull(niveaus);
        return new(
            (int?)niveaus.AandachtEnTijd, (int?)niveaus.Onderwijsmaterialen, (int?)niveaus.RuimtelijkeOmgeving, (int?)niveaus.Expertise,
            (int?)niveaus.SamenwerkingMetAndereInstanties);
    }

    public static Result<IvoNiveaus> Lees(IvoNiveausDto? invoer, string veld) =>
        invoer is null
            ? IvoNiveaus.Leeg
            : IvoNiveaus.Van(invoer.AandachtEnTijd, invoer.Onderwijsmaterialen, invoer.RuimtelijkeOmgeving, invoer.Expertise, invoer.SamenwerkingMetAndereInstanties, veld);
}
