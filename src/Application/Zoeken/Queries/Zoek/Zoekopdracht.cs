using System.ComponentModel.DataAnnotations;

namespace PassendOnderwijs.Application.Zoeken.Queries.Zoek;

/// <summary>The body of POST /zoekopdrachten.</summary>
/// <param name="Zoekterm">
/// A part of a pupil's name and/or a date of birth (14-03-2017 or 2017-03-14), a part of a beschikkingsnummer, or a
/// part of an aanbieder's name or its code; at least two characters besides a date.
/// </param>
public sealed record Zoekopdracht([property: Required, MaxLength(Zoeken.Zoekterm.MaximaleLengte)] string? Zoekterm);
