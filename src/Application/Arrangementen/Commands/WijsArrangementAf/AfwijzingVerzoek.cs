using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
public sealed record AfwijzingVerzoek(
    [property: Required, MaxLength(Besluit.MaximaleLengteBeschikkingsnummer)] string? Beschikkingsnummer,
    [property: Required] DateOnly? Besluitdatum,
    [property: Required, MaxLength(Besluit.MaximaleLengteMotivering)] string? Reden)
{
    public Result<Beslissing> Lees() => Beslissing.LeesBesluitdatum(Besluitdatum).Dan(datum => new Beslissing(Beschikkingsnummer, datum, Reden));
}
