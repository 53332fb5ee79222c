using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>A step that only records why (a withdrawal, an excuse, a verdaging); the text is the TLV's to check, after the step is allowed.</summary>
public sealed record RedenVerzoek([property: Required, MaxLength(Bezwaar.MaximaleLengteTekst)] string? Reden);
