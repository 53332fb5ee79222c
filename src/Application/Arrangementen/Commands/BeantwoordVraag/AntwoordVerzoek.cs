using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeantwoordVraag;

/// <summary>The request body; the answer's text is the arrangement's to check, after the step itself is allowed.</summary>
public sealed record AntwoordVerzoek([property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Antwoord);
