using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagInformatie;

/// <summary>The request body; the question's text is the arrangement's to check, after the step itself is allowed.</summary>
public sealed record VraagVerzoek([property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Vraag);
