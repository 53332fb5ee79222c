using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

/// <summary>
/// The request body. Its attributes write the rules into the contract; <see cref="Lees"/> reads the role and the
/// size of the list. Address, name and vestigingen stay the account's to check, after the handler has refused a role
/// the caller may not give (403 before 400).
/// </summary>
public sealed record NieuweGebruikerVerzoek(
    [property: Required, MaxLength(EmailAdres.MaximaleLengte)] string? Email,
    [property: Required, MaxLength(Gebruiker.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<Domain.Gebruikers.Rol>] string? Rol,
    [property: Elementen(Patroon = VestigingCode.Patroon)] IReadOnlyList<string>? Vestigingen,
    ExterneOrganisatieDto? ExterneOrganisatie = null,
    [property: CodeUit<Functie>] IReadOnlyList<string>? Functies = null)
{
    public const int MaximumVestigingen = 50;

    public Result<NieuweGebruiker> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(
                RolCodes.VanCode(Rol),
                Fout.Ongeldig(
                    "onbekende-rol",
                    RolCodes.Lijst.KiesUitDeLijst(Enum.GetValues<Domain.Gebruikers.Rol>().Where(r => !r.HoortBijGeenSamenwerkingsverband() && r != Domain.Gebruikers.Rol.Ouder)),
                    "rol")),
            Vestigingen is { Count: > MaximumVestigingen }
                ? Fout.Ongeldig("te-veel-vestigingen", $"Hoogstens {MaximumVestigingen} vestigingen per account.", "vestigingen")
                : Result<IReadOnlyList<string>>.Gelukt(Vestigingen ?? []),
            FunctieInvoer.Lees(Functies),
            (rol, vestigingen, functies) => new NieuweGebruiker(Email, Naam, rol, vestigingen, ExterneOrganisatie, functies));
}

/// <summary>A new account as asked for, with a known role; the texts are checked by <see cref="Gebruiker.Registreer"/>.</summary>
/// <param name="ExterneOrganisatie">For an expert outside the school and the SWV: their organisation (a name, or an aanbieder's code from the register, or both).</param>
/// <param name="Functies">For a medewerker of the samenwerkingsverband: the tasks they hold on top of the role.</param>
public sealed record NieuweGebruiker(
    string? Email, string? Naam, Rol Rol, IReadOnlyList<string> Vestigingen, ExterneOrganisatieDto? ExterneOrganisatie = null, IReadOnlyList<Functie>? Functies = null);
