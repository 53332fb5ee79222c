using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform.Commands.MaakPlatformgebruiker;

/// <summary>The request body: who, and which of the platform's roles. The account checks address and name itself.</summary>
public sealed record NieuwePlatformgebruikerVerzoek(
    [property: Required, MaxLength(EmailAdres.MaximaleLengte)] string? Email,
    [property: Required, MaxLength(Gebruiker.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<Domain.Gebruikers.Rol>] string? Rol)
{
    public Result<NieuwePlatformgebruiker> Lees() =>
        Lezen.Vereist(
                RolCodes.VanCode(Rol) is { } rol && rol.HoortBijGeenSamenwerkingsverband() ? rol : (Rol?)null,
                Fout.Ongeldig(
                    "geen-platformrol",
                    RolCodes.Lijst.KiesUitDeLijst([Domain.Gebruikers.Rol.PlatformBeheerder, Domain.Gebruikers.Rol.RegisterBeheerder]) + " " +
                    "De andere rollen geeft de beheerder van een samenwerkingsverband.",
                    "rol"))
            .Dan(rol => new NieuwePlatformgebruiker(Email, Naam, rol));
}

/// <summary>A new platform account as asked for, with one of the platform's roles; checked by <see cref="Gebruiker.Registreer"/>.</summary>
public sealed record NieuwePlatformgebruiker(string? Email, string? Naam, Rol Rol);
