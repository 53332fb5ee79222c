using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.NodigOuderUit;

/// <summary>The request body: who the ouder is. Address and name are the account's to check (<see cref="Gebruiker.Registreer"/>).</summary>
/// <param name="Email">The address the ouder signs in with; an ouder with an account already (for a brother or sister) is linked to it.</param>
/// <param name="Naam">How the school and the portal name the ouder; not used when the ouder already has an account.</param>
public sealed record OuderVerzoek(
    [property: Required, MaxLength(EmailAdres.MaximaleLengte)] string? Email,
    [property: Required, MaxLength(Gebruiker.MaximaleLengteNaam)] string? Naam);
