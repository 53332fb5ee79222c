using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers;

/// <summary>What the authorization server puts in a signed-in user's tokens.</summary>
public sealed record AangemeldeGebruikerDto(Guid Id, string Naam, string Email, string Rol, string? Samenwerkingsverband, IReadOnlyList<string> Vestigingen)
{
    /// <summary>The codes of the functies the account holds (<see cref="Gebruiker.Functies"/>).</summary>
    public IReadOnlyList<string> Functies { get; init; } = [];

    public static AangemeldeGebruikerDto Van(Gebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return new(
            gebruiker.Id.Waarde,
            gebruiker.Naam,
            gebruiker.Email.Waarde,
            gebruiker.Rol.Code(),
            gebruiker.Samenwerkingsverband?.Waarde,
            gebruiker.Vestigingen)
        {
            Functies = gebruiker.Functies.Select(f => f.Code()).ToList(),
        };
    }
}
