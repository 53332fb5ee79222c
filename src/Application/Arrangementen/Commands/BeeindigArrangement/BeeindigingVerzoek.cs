using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
public sealed record BeeindigingVerzoek(
    [property: Required] DateOnly? Einddatum, [property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Reden)
{
    public Result<Beeindiging> Lees() =>
        Lezen.Vereist(Einddatum, Fout.Ongeldig("einddatum-vereist", "Geef de laatste dag van het arrangement.", "einddatum"))
            .Dan(einddatum => new Beeindiging(einddatum, Reden));
}
