using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakEersteBeheerder;

/// <summary>The request body: who the first beheerder is. The account checks address and name itself.</summary>
public sealed record NieuweBeheerderVerzoek(
    [property: Required, MaxLength(EmailAdres.MaximaleLengte)] string? Email,
    [property: Required, MaxLength(Gebruiker.MaximaleLengteNaam)] string? Naam)
{
    public Result<NieuweBeheerder> Lees() => new NieuweBeheerder(Email, Naam);
}

/// <summary>The first beheerder as asked for; checked by <see cref="Gebruiker.Registreer"/>.</summary>
public sealed record NieuweBeheerder(string? Email, string? Naam);
